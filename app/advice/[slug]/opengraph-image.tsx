import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { brand } from "@/lib/config/brand";
import { getAllArticles, getArticle } from "@/lib/content/articles";

export const alt = "Next Steps article";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export function generateStaticParams() {
  return getAllArticles().map((article) => ({ slug: article.slug }));
}

// The font ships with the project's dependencies: no network at build time.
const fontFile = path.join(process.cwd(), "node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff");

export default async function ArticleImage({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug);
  const title = article?.title ?? brand.siteName;
  const font = await readFile(fontFile);
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "72px",
          background: "#0f5257",
          color: "#ffffff",
          fontFamily: "Source Serif",
        }}
      >
        <div style={{ fontSize: 36, color: "#ffd166" }}>{brand.siteName}</div>
        <div style={{ fontSize: 72, lineHeight: 1.1 }}>{title}</div>
        <div style={{ fontSize: 30, color: "#e6f0ef" }}>{`${brand.agencyName} · ${brand.city}`}</div>
      </div>
    ),
    { ...size, fonts: [{ name: "Source Serif", data: font, weight: 700, style: "normal" }] },
  );
}

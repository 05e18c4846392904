// What one page costs on the wire: the HTML, and the stylesheets and scripts it
// asks for, fetched as served (compressed) and decoded. Shared by
// bench/article.ts and bench/compare-starter.ts; works on any Next.js build
// (it reads only the page's HTML and that build's .next/build-manifest.json).
import { readFileSync } from "node:fs";
import { request, type IncomingHttpHeaders } from "node:http";
import path from "node:path";
import { brotliDecompressSync, gunzipSync, inflateSync, zstdDecompressSync } from "node:zlib";

/** What Chromium sends: the encoding a browser gets. */
export const browserEncoding = "gzip, deflate, br, zstd";

export type Fetched = { status: number; headers: IncomingHttpHeaders; served: Buffer; raw: Buffer; encoding: string; ms: number };

/** GET without transparent decompression, so the body is counted as served. */
export function fetchRaw(url: string, acceptEncoding: string, headers: Record<string, string> = {}): Promise<Fetched> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    request(url, { headers: { ...headers, "accept-encoding": acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", reject);
      res.on("end", () => {
        const served = Buffer.concat(chunks);
        const encoding = String(res.headers["content-encoding"] ?? "identity");
        try {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, served, raw: decode(served, encoding), encoding, ms: performance.now() - start });
        } catch (error) {
          reject(error);
        }
      });
    })
      .on("error", reject)
      .end();
  });
}

function decode(body: Buffer, encoding: string): Buffer {
  if (encoding === "br") return brotliDecompressSync(body);
  if (encoding === "gzip") return gunzipSync(body);
  if (encoding === "deflate") return inflateSync(body);
  if (encoding === "zstd") return zstdDecompressSync(body);
  if (encoding === "identity") return body;
  throw new Error(`unknown content-encoding ${encoding}`);
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  const value = match?.[1] ?? match?.[2] ?? match?.[3];
  return value?.replaceAll("&amp;", "&");
}

export type Asset = { kind: "css" | "js"; href: string; noModule: boolean };

/** Stylesheets and external scripts the page asks for, in document order. */
export function assetsOf(html: string): Asset[] {
  const found = new Map<string, Asset>();
  for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*>/gi)) {
    const rel = attribute(tag, "rel")?.toLowerCase().split(/\s+/) ?? [];
    const href = tag.toLowerCase().startsWith("<link") ? (rel.includes("stylesheet") ? attribute(tag, "href") : undefined) : attribute(tag, "src");
    if (href && !found.has(href)) found.set(href, { kind: tag.toLowerCase().startsWith("<link") ? "css" : "js", href, noModule: /\snomodule\b/i.test(tag) });
  }
  return [...found.values()];
}

/** Bytes of the inline <script> bodies: all of them, and those that carry the RSC payload (self.__next_f). */
export function inlineScriptBytes(html: string): { all: number; payload: number; payloadText: string } {
  let all = 0;
  const payload: string[] = [];
  for (const match of html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    const body = match[1] ?? "";
    all += Buffer.byteLength(body);
    if (body.includes("self.__next_f")) payload.push(body);
  }
  const payloadText = payload.join("");
  return { all, payload: Buffer.byteLength(payloadText), payloadText };
}

/** Framework runtime = the build's rootMainFiles (React, the Next.js client); polyfills load only in browsers without modules. */
export function jsRole(root: string, href: string, noModule: boolean): string {
  if (noModule) return "polyfill (nomodule)";
  try {
    const manifest = JSON.parse(readFileSync(path.join(root, ".next", "build-manifest.json"), "utf8")) as { rootMainFiles?: string[]; polyfillFiles?: string[] };
    const file = new URL(href, "http://x").pathname.replace(/^\/_next\//, "");
    if (manifest.rootMainFiles?.includes(file)) return "runtime";
    if (manifest.polyfillFiles?.includes(file)) return "polyfill";
    return "page/islands";
  } catch {
    return "?";
  }
}

export type PageFile = Asset & { role: string; got: Fetched };

/** Every stylesheet and script the page asks for, fetched with `acceptEncoding`; `errors` collects non-200 answers. */
export async function fetchAssets(root: string, pageUrl: string, html: string, acceptEncoding: string, errors: string[]): Promise<PageFile[]> {
  return Promise.all(
    assetsOf(html).map(async (asset) => {
      const got = await fetchRaw(new URL(asset.href, pageUrl).href, acceptEncoding);
      if (got.status !== 200) errors.push(`GET ${asset.href} answered ${got.status}`);
      return { ...asset, role: asset.kind === "js" ? jsRole(root, asset.href, asset.noModule) : "", got };
    }),
  );
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export function sumBytes(files: PageFile[]): { served: number; raw: number } {
  return { served: files.reduce((s, f) => s + f.got.served.length, 0), raw: files.reduce((s, f) => s + f.got.raw.length, 0) };
}

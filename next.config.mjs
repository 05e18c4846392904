import createMDX from "@next/mdx";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly from its own package folder; bundling it breaks that.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  experimental: {
    // forbidden() answers a signed-in user without the right role with a 403 page.
    authInterrupts: true,
  },
};

// Turbopack takes remark and rehype plugins as module names with JSON options.
// Frontmatter is read and validated by lib/content; here it is only stripped.
const withMDX = createMDX({
  options: {
    remarkPlugins: ["remark-frontmatter", "remark-gfm"],
    rehypePlugins: [
      "rehype-slug",
      ["rehype-autolink-headings", { behavior: "append", properties: { className: ["heading-anchor"], ariaHidden: true, tabIndex: -1 }, content: { type: "text", value: "#" } }],
    ],
  },
});

export default withMDX(nextConfig);

import createMDX from "@next/mdx";

// Sent with every response. HSTS only takes effect over HTTPS (browsers
// ignore it on plain HTTP, as in development). The frame policy is said twice:
// frame-ancestors for browsers that read CSP, X-Frame-Options for the rest.
const securityHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A self-contained server in .next/standalone (scripts/assemble-standalone.mjs adds what it does not trace).
  output: "standalone",
  // Read from disk at runtime through process.cwd(), which file tracing does not follow.
  outputFileTracingIncludes: {
    "/**": ["./content/*.mdx", "./lib/db/migrations/**/*", "./node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff"],
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  // PGlite loads its WebAssembly from its own package folder; bundling it breaks that.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  experimental: {
    // lib/security/body-limits.ts: the same limit for every request body.
    serverActions: { bodySizeLimit: "256kb" },
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

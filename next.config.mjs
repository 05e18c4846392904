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

export default nextConfig;

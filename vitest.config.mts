import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Outside Next.js the marker throws; tests are server code.
      "server-only": path.resolve(import.meta.dirname, "scripts/empty-module.cjs"),
    },
  },
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    // test/built runs against the production build: `npm run test:built` (vitest.built.config.mts).
    exclude: ["node_modules/**", ".next/**", "e2e/**", ".data/**", "test/built/**"],
    environment: "node",
    // next-auth imports "next/server" without an extension, which Node's own
    // resolver refuses; bundled by Vite, tests can drive the real Auth.js handlers.
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

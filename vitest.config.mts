import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const ignored = ["node_modules/**", ".next/**", "e2e/**", ".data/**"];

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Outside Next.js the marker throws; tests are server code.
      "server-only": path.resolve(import.meta.dirname, "scripts/empty-module.cjs"),
    },
  },
  test: {
    environment: "node",
    // next-auth imports "next/server" without an extension, which Node's own
    // resolver refuses; bundled by Vite, tests can drive the real Auth.js handlers.
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 30_000,
    // Every test file's PGlite starts from one migrated snapshot.
    globalSetup: ["test/pglite-snapshot.ts"],
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "suite",
          include: ["**/*.test.ts", "**/*.test.tsx"],
          // test/built runs against the production build: `npm run test:built` (vitest.built.config.mts).
          exclude: [...ignored, "test/built/**", "test/drills/**"],
          // Vitest's default is one worker fewer than the cores: one worker on a 2-core CI machine. The
          // files mostly wait on their database, so two overlap well (lib/journey and lib/staff: 76 s → 55 s).
          maxWorkers: Math.max(2, availableParallelism() - 1),
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "drills",
          // The fault drills time restarts and stalls in seconds: alone, after the suite, so a
          // neighbouring file's load cannot make them miss a deadline they are measuring.
          include: ["test/drills/**/*.test.ts"],
          exclude: ignored,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});

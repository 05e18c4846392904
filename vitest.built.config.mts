// The tests that run against the production build (`npm run build` first):
// `npm run test:built`. They start `next start` on a throwaway Postgres
// database, so they need Postgres (TEST_DATABASE_URL, by default the local
// server's maintenance database, beside which each file creates its own).
import { defineConfig } from "vitest/config";
import base from "./vitest.config.mjs";

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    projects: undefined,
    include: ["test/built/**/*.test.ts"],
    exclude: ["node_modules/**", ".next/**", "e2e/**", ".data/**"],
    env: { TEST_DATABASE_URL: process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres" },
    testTimeout: 120_000,
  },
});

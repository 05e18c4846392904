import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([".next/**", "dist/**", ".data/**", "node_modules/**", "next-env.d.ts", "lib/db/migrations/**", "playwright-report/**", "test-results/**"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
      // App code logs through lib/log/logger.ts: structured, levelled, scrubbed of addresses and tokens.
      "no-console": "error",
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read settings through env() in lib/env.ts, which validates them." },
      ],
    },
  },
  {
    // lib/env.ts itself, and tooling outside the app: configs, plain-JS scripts, tests, e2e, benches.
    files: ["lib/env.ts", "next.config.mjs", "playwright.config.ts", "vitest*.config.mts", "scripts/**/*.mjs", "test/**", "e2e/**", "bench/**", "**/*.test.ts", "**/*.test.tsx"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Output for a person at a terminal, not the app's logs: build steps, tests, benches.
    files: ["scripts/**/*.mjs", "test/**", "e2e/**", "bench/**", "**/*.test.ts", "**/*.test.tsx", "*.config.*"],
    rules: { "no-console": "off" },
  },
]);

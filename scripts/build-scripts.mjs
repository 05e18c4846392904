// After `next build`: bundles the migrate, seed and worker scripts into
// dist/scripts/*.mjs, so production runs them with plain `node` and only
// production dependencies (tsx is a devDependency). Our own code, with its
// `@/` imports, is bundled; packages stay imports, resolved from node_modules.
import { build } from "esbuild";

const emptyModule = new URL("./empty-module.cjs", import.meta.url).pathname;

// "server-only" throws outside Next.js; these scripts are server code by definition.
const serverOnlyShim = {
  name: "server-only-shim",
  setup(builder) {
    builder.onResolve({ filter: /^server-only$/ }, () => ({ path: emptyModule }));
  },
};

await build({
  entryPoints: ["scripts/db-migrate.ts", "scripts/db-seed.ts", "scripts/worker.ts"],
  outdir: "dist/scripts",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node22",
  packages: "external",
  jsx: "automatic",
  tsconfig: "tsconfig.json",
  plugins: [serverOnlyShim],
  sourcemap: "linked",
  logLevel: "warning",
});
console.log("Migrate, seed and worker bundled to dist/scripts/");

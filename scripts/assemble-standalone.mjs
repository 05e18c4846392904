// After `next build` and scripts/csp-hashes.mjs: completes .next/standalone,
// which Next.js leaves without the files a CDN or proxy would normally serve
// (.next/static, public/) and without what our own post-build step writes
// (the CSP hashes proxy.ts reads, the header rules that carry them, the pages without the runtime). Static files also get a .gz beside them,
// for nginx's gzip_static (deploy/nginx/next-steps.conf).
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { constants, gzipSync } from "node:zlib";

const standalone = path.resolve(".next/standalone");
if (!existsSync(path.join(standalone, "server.js"))) {
  throw new Error(`${standalone}/server.js is missing: is output: "standalone" set in next.config.mjs?`);
}

cpSync(".next/static", path.join(standalone, ".next/static"), { recursive: true });
cpSync("public", path.join(standalone, "public"), { recursive: true });
cpSync(".next/csp-hashes.json", path.join(standalone, ".next/csp-hashes.json"));
// Copied by next build before scripts/csp-hashes.mjs added the prerendered pages' policies.
cpSync(".next/routes-manifest.json", path.join(standalone, ".next/routes-manifest.json"));
// Copied by next build before scripts/static-pages-without-runtime.mjs took Next.js's runtime out of them.
cpSync(".next/server/app", path.join(standalone, ".next/server/app"), {
  recursive: true,
  filter: (source) => statSync(source).isDirectory() || source.endsWith(".html"),
});

// Read at runtime from process.cwd() (next.config.mjs traces them; a missing one fails the build here, not a request later).
for (const needed of ["content", "lib/db/migrations/meta/_journal.json"]) {
  if (!existsSync(path.join(standalone, needed))) throw new Error(`.next/standalone/${needed} is missing`);
}

const compressible = /\.(js|mjs|css|map|json|txt|xml|svg|html|ico|webmanifest)$/;
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}
let gzipped = 0;
for (const dir of [".next/static", "public"]) {
  for (const file of files(path.join(standalone, dir))) {
    if (!compressible.test(file) || statSync(file).size < 1024) continue;
    writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION }));
    gzipped += 1;
  }
}
console.log(`Standalone server completed in .next/standalone (${gzipped} static files pre-compressed)`);

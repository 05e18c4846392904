// After `next build` and scripts/build-islands.mjs, before scripts/csp-hashes.mjs: every prerendered
// public page (the home page, /about, the advice index, each article and tag) is rewritten to run
// only the islands script in place of Next.js's client runtime (lib/build/without-next-runtime.ts).
// Its .rsc payload stays, so a client-side navigation from a page that has the runtime (the portal's
// link to an article) still renders it through the router. Its policy hashes are taken afterwards.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { scriptsLeft, withoutNextRuntime } from "../lib/build/without-next-runtime.ts";
import { htmlFiles } from "./prerendered-html.mjs";

const { entry } = JSON.parse(readFileSync(".next/islands-manifest.json", "utf8"));

// next start keeps copies of the pages it has served here and prefers them to the files below:
// copies taken before this rewrite (a server started on an earlier run of it) must go.
rmSync(".next/server/route-cache", { recursive: true, force: true });

let before = 0;
let after = 0;
const pages = htmlFiles().filter((file) => !path.basename(file).startsWith("_"));
for (const file of pages) {
  const html = readFileSync(file, "utf8");
  const rewritten = withoutNextRuntime(html, entry);
  const left = scriptsLeft(rewritten);
  if (left.length !== 1 || left[0] !== entry) throw new Error(`${file} still runs ${left.join(", ")}`);
  writeFileSync(file, rewritten);
  before += gzipSync(html).length;
  after += gzipSync(rewritten).length;
}
console.log(
  `${pages.length} prerendered pages run the islands script instead of Next.js's runtime; their HTML ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB gzipped`,
);

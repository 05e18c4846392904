// After `next build`: the SHA-256 of every inline script in every prerendered
// page, by route, for proxy.ts to allow in that page's Content-Security-Policy.
// Prerendered pages cannot carry a per-request nonce; their inline scripts
// are fixed at build time, so their hashes are. The not-found page's hashes
// are listed apart: it is served for any unknown path.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const appDir = path.resolve(".next/server/app");
const inlineScript = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith(".html") ? [full] : [];
  });
}

function hashesOf(html) {
  const hashes = new Set();
  for (const match of html.matchAll(inlineScript)) {
    if (match[1]) hashes.add(`'sha256-${createHash("sha256").update(match[1], "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

const routes = {};
let notFound = [];
for (const file of htmlFiles(appDir)) {
  const relative = path.relative(appDir, file).replace(/\.html$/, "").split(path.sep).join("/");
  const hashes = hashesOf(readFileSync(file, "utf8"));
  if (relative === "_not-found") notFound = hashes;
  else if (!relative.startsWith("_")) routes[relative === "index" ? "/" : `/${relative}`] = hashes;
}
writeFileSync(".next/csp-hashes.json", JSON.stringify({ routes, notFound }));
console.log(`CSP hashes for ${Object.keys(routes).length} prerendered pages written to .next/csp-hashes.json`);

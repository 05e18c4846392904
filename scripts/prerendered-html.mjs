// The HTML files `next build` prerenders into .next/server/app, for the post-build steps that read or
// rewrite them (scripts/static-pages-without-runtime.mjs, scripts/csp-hashes.mjs).
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export const appDir = path.resolve(".next/server/app");

export function htmlFiles(dir = appDir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith(".html") ? [full] : [];
  });
}

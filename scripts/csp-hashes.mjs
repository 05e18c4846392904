// After `next build`: the SHA-256 of every inline script in every prerendered
// page, delivered two ways.
// - As header rules added to .next/routes-manifest.json, one per prerendered
//   route, so Next.js's router sends the page's Content-Security-Policy itself
//   and proxy.ts (whose matcher leaves these pages out) never runs for them.
//   Catch-all rules give the not-found page's policy to the unknown paths the
//   matcher also leaves out (an unknown article or tag); a route's own rule
//   comes later and wins.
// - In .next/csp-hashes.json, for proxy.ts: the not-found page's hashes for
//   any unknown path it sees, and every route's, should one still reach it.
// Prerendered pages cannot carry a per-request nonce; their inline scripts are
// fixed at build time, so their hashes are. Node runs lib/security/csp.ts with
// its types stripped, so the policy has one author.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { contentSecurityPolicy } from "../lib/security/csp.ts";
import { appDir, htmlFiles } from "./prerendered-html.mjs";

const routesManifestPath = path.resolve(".next/routes-manifest.json");
const inlineScript = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
// Paths proxy.ts's matcher leaves out that are not prerendered pages themselves.
const unknownPathsLeftOut = ["/advice/:slug", "/advice/tags/:tag"];

function hashesOf(html) {
  const hashes = new Set();
  for (const match of html.matchAll(inlineScript)) {
    if (match[1]) hashes.add(`'sha256-${createHash("sha256").update(match[1], "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

const routes = {};
let notFound = [];
for (const file of htmlFiles()) {
  const relative = path.relative(appDir, file).replace(/\.html$/, "").split(path.sep).join("/");
  const hashes = hashesOf(readFileSync(file, "utf8"));
  if (relative === "_not-found") notFound = hashes;
  else if (!relative.startsWith("_")) routes[relative === "index" ? "/" : `/${relative}`] = hashes;
}
writeFileSync(".next/csp-hashes.json", JSON.stringify({ routes, notFound }));

const policyRule = (source, inlineScripts) => ({
  source,
  headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ inlineScripts, development: false }) }],
});
const isPolicyRule = (rule) => rule.headers.length === 1 && rule.headers[0].key === "Content-Security-Policy";

const manifest = JSON.parse(readFileSync(routesManifestPath, "utf8"));
manifest.headers = [
  // A second run replaces the rules of the first.
  ...manifest.headers.filter((rule) => !isPolicyRule(rule)),
  ...unknownPathsLeftOut.map((source) => policyRule(source, notFound)),
  ...Object.entries(routes).map(([route, hashes]) => policyRule(route, hashes)),
];
writeFileSync(routesManifestPath, JSON.stringify(manifest));

// The proxy's compiled matchers for a plain GET, as the server will apply them (a server action's aside).
const functions = JSON.parse(readFileSync(".next/server/functions-config-manifest.json", "utf8")).functions;
const matchers = (functions["/_middleware"]?.matchers ?? []).filter((matcher) => !matcher.has).map((matcher) => new RegExp(matcher.regexp));
const throughProxy = Object.keys(routes).filter((route) => matchers.some((matcher) => matcher.test(route)));
console.log(
  `CSP for ${Object.keys(routes).length} prerendered pages: header rules in .next/routes-manifest.json, hashes in .next/csp-hashes.json; ` +
    `${throughProxy.length ? `still through the proxy: ${throughProxy.join(", ")}` : "none runs the proxy"}`,
);

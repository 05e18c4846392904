// Prerendered pages are served as built: proxy.ts's matcher leaves them out, and
// the Content-Security-Policy that lets their inline scripts run (and nothing
// else) comes from the header rules scripts/csp-hashes.mjs adds to the build.
// Pages rendered per request keep the proxy and a fresh nonce.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scriptsLeft } from "@/lib/build/without-next-runtime";
import { startBuiltApp, type BuiltApp } from "./built-app";
import { articleSlugs, prerenderedPages, projectRoot } from "./prerendered-pages";

// The proxy's compiled matchers for a plain GET: those that need a header (a server action's) aside.
const proxyMatchers = (
  JSON.parse(readFileSync(path.join(projectRoot, ".next/server/functions-config-manifest.json"), "utf8")).functions["/_middleware"]
    .matchers as { regexp: string; has?: unknown[] }[]
)
  .filter((matcher) => !matcher.has)
  .map((matcher) => new RegExp(matcher.regexp));
const runsTheProxy = (pathname: string) => proxyMatchers.some((matcher) => matcher.test(pathname));

function inlineScriptHashes(html: string): string[] {
  const hashes = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .filter((match) => match[1])
    .map((match) => `'sha256-${createHash("sha256").update(match[1]!, "utf8").digest("base64")}'`);
  return [...new Set(hashes)].sort();
}

function scriptSources(policy: string | null): string[] {
  const scriptSrc = policy?.split("; ").find((directive) => directive.startsWith("script-src "));
  return scriptSrc ? scriptSrc.split(" ").slice(1) : [];
}

let app: BuiltApp;
beforeAll(async () => {
  app = await startBuiltApp();
});
afterAll(() => app?.stop());

describe("prerendered pages", () => {
  const pages = prerenderedPages();

  it("are all left out of the proxy", () => {
    expect(pages.filter((page) => runsTheProxy(page.path)).map((page) => page.path)).toEqual([]);
  });

  it.each(pages.map((page) => [page.path] as const))("%s allows exactly its own inline scripts", async (pathname) => {
    const response = await fetch(app.server.origin + pathname);
    expect(response.status).toBe(200);
    const hashes = inlineScriptHashes(await response.text());
    expect(hashes.length).toBeGreaterThan(0);
    const allowed = scriptSources(response.headers.get("content-security-policy"));
    expect(allowed.filter((source) => source.startsWith("'sha256-")).sort()).toEqual(hashes);
    expect(allowed).toContain("'self'");
    expect(allowed.join(" ")).not.toMatch(/unsafe-inline|nonce-/);
  });
});

describe("prerendered pages without Next.js's runtime", () => {
  const pages = prerenderedPages();
  const { entry } = JSON.parse(readFileSync(path.join(projectRoot, ".next/islands-manifest.json"), "utf8")) as { entry: string };

  it.each(pages.map((page) => [page.path] as const))("%s runs the islands script and nothing else", async (pathname) => {
    const html = await (await fetch(app.server.origin + pathname)).text();
    expect(scriptsLeft(html)).toEqual([entry]);
    expect(html).not.toContain("__next_f");
    expect(html).not.toMatch(/<link[^>]+as="script"/);
  });

  it("serves the islands script and every chunk it loads as immutable JavaScript from this origin", async () => {
    const seen = new Set<string>();
    const queue = [entry];
    while (queue.length > 0) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const response = await fetch(app.server.origin + url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get("content-type"), url).toMatch(/javascript/);
      expect(response.headers.get("cache-control"), url).toMatch(/immutable/);
      const code = await response.text();
      for (const [, relative] of code.matchAll(/(?:from|import\()\s*"(\.\/[^"]+\.js)"/g)) queue.push(new URL(relative!, `http://x${url}`).pathname);
    }
    // The entry, React's hydration chunk and the three tools at least.
    expect(seen.size).toBeGreaterThan(5);
    expect([...seen].some((url) => /hydrate-island-/.test(url))).toBe(true);
  });

  it("still answers a client-side navigation from a page that has the runtime with the page's payload", async () => {
    const response = await fetch(`${app.server.origin}/advice/${articleSlugs[0]}`, { headers: { RSC: "1" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/x-component/);
  });
});

describe("everything else", () => {
  it("runs the proxy: the search page, the signed-in areas, sign-in, and the routes", () => {
    for (const pathname of ["/advice/search", "/portal", "/portal/interviews/1", "/consultant", "/admin", "/sign-in", "/client", "/api/account", "/advice/a/opengraph-image"]) {
      expect(runsTheProxy(pathname), pathname).toBe(true);
    }
  });

  it("gives the search page one policy, with a fresh nonce", async () => {
    const response = await fetch(`${app.server.origin}/advice/search?q=thank`);
    expect(response.status).toBe(200);
    const policies = response.headers.get("content-security-policy")!;
    expect(policies.match(/script-src/g)).toHaveLength(1);
    expect(scriptSources(policies).some((source) => source.startsWith("'nonce-"))).toBe(true);
  });

  it("gives an unknown article, left out of the proxy too, a 404 whose scripts the policy allows", async () => {
    for (const pathname of ["/advice/no-such-article", "/advice/tags/no-such-tag"]) {
      const response = await fetch(app.server.origin + pathname);
      expect(response.status, pathname).toBe(404);
      const hashes = inlineScriptHashes(await response.text());
      const allowed = scriptSources(response.headers.get("content-security-policy"));
      expect(allowed, pathname).toEqual(expect.arrayContaining(hashes));
    }
  });
});

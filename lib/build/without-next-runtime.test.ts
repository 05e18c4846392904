import { describe, expect, it } from "vitest";
import { scriptsLeft, withoutNextRuntime } from "./without-next-runtime";

const page = [
  '<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<link rel="preload" href="/_next/static/chunks/c.js" as="script" fetchPriority="low"/>',
  '<link rel="preload" href="/font.woff2" as="font" type="font/woff2" crossorigin=""/>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<script src="/_next/static/chunks/poly.js" noModule=""></script>',
  '<link rel="canonical" href="https://example.test/advice/x"/></head>',
  '<body><main><h1>Title</h1><div class="contents" data-island="account"><a href="/sign-in">Sign in</a></div></main>',
  '<script type="application/ld+json">{"@type":"BlogPosting"}</script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
  "</body></html>",
].join("");

describe("withoutNextRuntime", () => {
  const result = withoutNextRuntime(page, "/_next/static/islands/islands-boot-X.js");

  it("leaves only the islands script to run", () => {
    expect(scriptsLeft(page)).toHaveLength(5);
    expect(scriptsLeft(result)).toEqual(["/_next/static/islands/islands-boot-X.js"]);
    expect(result).toContain('<script type="module" src="/_next/static/islands/islands-boot-X.js"></script></head>');
    expect(result).not.toContain("__next_f");
    expect(result).not.toContain("TURBOPACK");
  });

  it("drops the runtime's preload hints and keeps every other link", () => {
    expect(result).not.toContain("/_next/static/chunks/b.js");
    expect(result).not.toContain("/_next/static/chunks/c.js");
    expect(result).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>');
    expect(result).toContain('as="font"');
    expect(result).toContain('<link rel="canonical"');
  });

  it("keeps the content, the islands' markup and the structured data", () => {
    expect(result).toContain('<div class="contents" data-island="account"><a href="/sign-in">Sign in</a></div>');
    expect(result).toContain('<script type="application/ld+json">{"@type":"BlogPosting"}</script>');
    expect(result).toContain("<h1>Title</h1>");
  });

  it("refuses what is not a whole document", () => {
    expect(() => withoutNextRuntime("<div>fragment</div>", "/x.js")).toThrow(/no <\/head>/);
  });
});

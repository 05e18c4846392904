// html-validate finds no errors on the home page, the advice index, every tag
// page and every article, as the build serves them. The presets hold the HTML
// standard's own rules and whole-document checks (no house style); subresource
// integrity is left out, since every script and style sheet is the site's own.
import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { prerenderedPages, readPrerendered } from "./prerendered-pages";

const validator = new HtmlValidate({
  extends: ["html-validate:standard", "html-validate:document"],
  rules: { "require-sri": "off" },
});
const pages = prerenderedPages().filter((page) => page.kind !== "about");

describe("valid HTML, as the build serves it", () => {
  it.each(pages.map((page) => [page.path, page] as const))("%s has no errors", async (_path, page) => {
    const report = await validator.validateString(readPrerendered(page), page.file);
    const errors = report.results.flatMap((result) =>
      result.messages.filter((message) => message.severity === 2).map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    );
    expect(errors).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { MetricsChart } from "./metrics-chart";

const points = [
  { month: "2026-11", interviews: 3, offers: 1 },
  { month: "2026-12", interviews: 0, offers: 0 },
];

describe("MetricsChart", () => {
  const html = renderToStaticMarkup(<MetricsChart points={points} title="Your interviews and offers per month" />);
  const drawings = html.split("</svg>").filter((part) => part.includes("<svg"));

  it("draws once for phones and once for wider screens, only one shown at a time", () => {
    expect(drawings).toHaveLength(2);
    expect(drawings[0]).toMatch(/class="block [^"]*sm:hidden/);
    expect(drawings[1]).toMatch(/class="hidden [^"]*sm:block/);
  });

  it.each([0, 1])("drawing %i is one image named by its title and described by its summary", (index) => {
    const svg = drawings[index]!;
    const [, titleId, descId] = svg.match(/<svg role="img" aria-labelledby="([^" ]+)" aria-describedby="([^" ]+)"/) ?? [];
    expect(titleId).toBeTruthy();
    expect(svg).toContain(`<title id="${titleId}">Your interviews and offers per month</title>`);
    expect(svg).toContain(`<desc id="${descId}">November 2026 to December 2026: 3 interviews and 1 offer in all.`);
  });

  it.each([0, 1])("drawing %i hatches the offers with a pattern of its own and prints every bar's number", (index) => {
    const svg = drawings[index]!;
    const patternId = svg.match(/<pattern id="([^"]+)"/)?.[1];
    // An id url() cannot reach (a colon, say) would leave the offers bars unfilled.
    expect(patternId).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(svg.match(new RegExp(`fill="url\\(#${patternId}\\)"`, "g"))).toHaveLength(3); // the key and two bars
    const numbers = [...svg.matchAll(/<text[^>]*font-size="13"[^>]*>(\d+)<\/text>/g)].map((m) => m[1]);
    expect(numbers).toEqual(["3", "1", "0", "0"]);
  });

  it("gives the two drawings different ids, and uses classes, not inline styles, which the content security policy would block", () => {
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(html).not.toContain("style=");
  });
});

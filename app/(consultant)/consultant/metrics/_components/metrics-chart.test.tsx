import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { MetricsChart } from "./metrics-chart";

const points = [
  { month: "2026-11", interviews: 3, offers: 1 },
  { month: "2026-12", interviews: 0, offers: 0 },
];

describe("MetricsChart", () => {
  const html = renderToStaticMarkup(<MetricsChart points={points} title="Your interviews and offers per month" />);

  it("is one image named by its title and described by its summary", () => {
    const labelledBy = html.match(/<svg role="img" aria-labelledby="([^"]+)"/)?.[1]?.split(" ");
    expect(labelledBy).toHaveLength(2);
    const [titleId, descId] = labelledBy!;
    expect(html).toContain(`<title id="${titleId}">Your interviews and offers per month</title>`);
    expect(html).toContain(`<desc id="${descId}">November 2026 to December 2026: 3 interviews and 1 offer in all.`);
  });

  it("hatches the offers with a pattern the page defines, and prints every bar's number", () => {
    const patternId = html.match(/<pattern id="([^"]+)"/)?.[1];
    expect(patternId).toBeTruthy();
    // An id url() cannot reach (a colon, say) would leave the offers bars unfilled.
    expect(patternId).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(html.match(new RegExp(`fill="url\\(#${patternId}\\)"`, "g"))).toHaveLength(3); // the key and two bars
    const numbers = [...html.matchAll(/<text[^>]*font-size="12"[^>]*>(\d+)<\/text>/g)].map((m) => m[1]);
    expect(numbers).toEqual(["3", "1", "0", "0"]);
  });

  it("uses classes, not inline styles, which the content security policy would block", () => {
    expect(html).not.toContain("style=");
  });
});

import { describe, expect, it } from "vitest";
import { pageMetadata } from "./metadata";
import { maxOwnTitle, servedTitle, titleProblems } from "./titles";

const description = "A description of exactly the right length for a search result, long enough to say something useful and short enough to be shown in full, within bounds.";

describe("titles as served", () => {
  it("adds the site's suffix, and allows 60 characters in all", () => {
    expect(servedTitle("Advice")).toBe("Advice · Next Steps");
    expect(description.length).toBeGreaterThanOrEqual(140);
    expect(titleProblems("A".repeat(maxOwnTitle), description)).toEqual([]);
    expect(titleProblems("A".repeat(maxOwnTitle + 1), description)[0]).toMatch(/is 61 characters; keep it to 60/);
  });

  it("wants a description of 140 to 160 characters", () => {
    expect(titleProblems("Advice", "Too short.")[0]).toMatch(/description is 10 characters; write 140 to 160/);
    expect(titleProblems("Advice", "x".repeat(161))[0]).toMatch(/161 characters/);
  });

  it("makes a page's metadata fail, naming the page, when either is out of bounds", () => {
    expect(() => pageMetadata({ title: "A".repeat(48), description, path: "/advice/tags/x" })).toThrow(/^\/advice\/tags\/x: the title as served/);
    expect(pageMetadata({ title: "Advice", description, path: "/advice" }).title).toBe("Advice");
  });
});

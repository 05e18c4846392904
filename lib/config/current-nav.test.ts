import { describe, expect, it } from "vitest";
import { currentHref } from "./current-nav";
import { adminNav, mainNav, portalNav } from "./navigation";

const hrefs = (items: { href: string }[]) => items.map((item) => item.href);

describe("currentHref", () => {
  it("marks the longest matching link, and the home link only on the home page", () => {
    expect(currentHref("/", hrefs(mainNav))).toBe("/");
    expect(currentHref("/advice/thank-you-email", hrefs(mainNav))).toBe("/advice");
    expect(currentHref("/portal/applications/7", hrefs(portalNav))).toBe("/portal/applications");
    expect(currentHref("/portal", hrefs(portalNav))).toBe("/portal");
    expect(currentHref("/admin/audit", hrefs(adminNav))).toBe("/admin/audit");
    expect(currentHref("/admin", hrefs(adminNav))).toBe("/admin");
  });

  it("marks nothing for a page outside the menu, or one that only shares a prefix", () => {
    expect(currentHref("/sign-in", hrefs(mainNav))).toBeUndefined();
    expect(currentHref("/advice-old", hrefs(mainNav))).toBeUndefined();
    expect(currentHref("/portal", hrefs(mainNav))).toBeUndefined();
  });
});

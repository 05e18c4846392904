import { describe, expect, it } from "vitest";
import { mayPrefetchOnIntent } from "./prefetch-on-intent";

describe("mayPrefetchOnIntent", () => {
  it("allows the public pages", () => {
    for (const href of ["/", "/advice", "/advice/thank-you-email-after-an-interview", "/advice/tags/reflection?x=1", "/about#team", "/client"]) {
      expect(mayPrefetchOnIntent(href), href).toBe(true);
    }
  });

  it("never prefetches the signed-in areas or sign-in itself", () => {
    for (const href of ["/portal", "/portal/interviews/3", "/consultant", "/admin/audit", "/sign-in", "/sign-in?callbackUrl=%2Fportal", "/sign-out", "/dev/mailbox"]) {
      expect(mayPrefetchOnIntent(href), href).toBe(false);
    }
  });

  it("does not mistake a look-alike path for an area, and never prefetches another origin", () => {
    expect(mayPrefetchOnIntent("/portals-of-the-past")).toBe(true);
    expect(mayPrefetchOnIntent("//evil.example/portal")).toBe(false);
    expect(mayPrefetchOnIntent("https://example.com/advice")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import SignInLinkEmail from "@/emails/sign-in-link";
import { renderEmail } from "./render";
import { extractLinks } from "./mailbox";

describe("sign-in email", () => {
  it("renders the link in both parts, says it expires, and carries no marketing", async () => {
    const url = "http://localhost:3000/api/auth/callback/email?token=abc&email=a%40example.com";
    const { html, text } = await renderEmail(SignInLinkEmail({ url, expiresInMinutes: 10, siteName: "Next Steps" }));
    expect(extractLinks(html)).toContain(url);
    expect(text).toContain(url);
    expect(text).toContain("expires in 10 minutes");
    expect(text.toLowerCase()).not.toMatch(/newsletter|offer|unsubscribe/);
  });
});

describe("extractLinks", () => {
  it("decodes entities and skips non-web links", () => {
    const html = '<a href="https://x.test/a?b=1&amp;c=2">x</a><a href="mailto:a@b.c">m</a><a href="https://x.test/a?b=1&amp;c=2">again</a>';
    expect(extractLinks(html)).toEqual(["https://x.test/a?b=1&c=2"]);
  });
});

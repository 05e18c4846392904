import { describe, expect, it } from "vitest";
import { composeLinks, maxComposeUrlLength } from "./compose-links";

const draft = { to: "jo.evans@harbour.example", subject: "Thank you: R&D interview #2", body: "Dear Jo,\n\nThanks? 100% + more.\n\nBest wishes,\nSam" };

/** What a mail client reads back out of a link's query. */
function query(href: string): Record<string, string> {
  const search = href.slice(href.indexOf("?") + 1);
  return Object.fromEntries(search.split("&").map((pair) => pair.split("=").map(decodeURIComponent) as [string, string]));
}

describe("composeLinks", () => {
  it("opens the mail app with the recipient, subject and body, line breaks as CRLF (RFC 6068)", () => {
    const { mailApp } = composeLinks(draft);
    expect(mailApp.withBody).toBe(true);
    expect(mailApp.href).toBe(
      "mailto:jo.evans@harbour.example?subject=Thank%20you%3A%20R%26D%20interview%20%232" +
        "&body=Dear%20Jo%2C%0D%0A%0D%0AThanks%3F%20100%25%20%2B%20more.%0D%0A%0D%0ABest%20wishes%2C%0D%0ASam",
    );
  });

  it("opens Gmail's and Outlook's compose pages with the same note, every reserved character escaped", () => {
    const { gmail, outlook } = composeLinks(draft);
    expect(gmail.href.startsWith("https://mail.google.com/mail/?view=cm&fs=1&to=jo.evans@harbour.example&su=Thank%20you%3A%20R%26D")).toBe(true);
    expect(query(gmail.href)).toEqual({ view: "cm", fs: "1", to: draft.to, su: draft.subject, body: draft.body });
    expect(outlook.href.startsWith("https://outlook.live.com/mail/0/deeplink/compose?to=jo.evans@harbour.example&subject=")).toBe(true);
    expect(query(outlook.href)).toEqual({ to: draft.to, subject: draft.subject, body: draft.body });
    // No "+" for a space (a webmail form decoder would keep it), no raw "&" or "#" that would end a field.
    for (const href of [gmail.href, outlook.href]) expect(href.split("?")[1]).not.toMatch(/[ +#]/);
  });

  it("keeps letters beyond ASCII, and cannot be made to name a second recipient", () => {
    const { mailApp, gmail } = composeLinks({ to: " zoë@example.com,boss@example.com?cc=x ", subject: "Merci – ça va 👍", body: "Zoë" });
    expect(query(mailApp.href).subject).toBe("Merci – ça va 👍");
    expect(mailApp.href.startsWith("mailto:zo%C3%AB@example.com%2Cboss@example.com%3Fcc%3Dx?subject=")).toBe(true);
    expect(query(gmail.href).to).toBe("zoë@example.com,boss@example.com?cc=x");
    expect(gmail.href).not.toContain("&cc=");
  });

  it("leaves an empty recipient for the mail app to ask for", () => {
    expect(composeLinks({ to: "", subject: "Hi", body: "Hello" }).mailApp.href).toBe("mailto:?subject=Hi&body=Hello");
  });

  it("leaves out a body too long for a link rather than cut it short, and says so", () => {
    const long = { ...draft, body: "Thank you for your time. ".repeat(120) };
    const links = composeLinks(long);
    for (const link of Object.values(links)) {
      expect(link.withBody).toBe(false);
      expect(link.href).not.toContain("body=");
      expect(link.href).toContain("jo.evans@harbour.example");
      expect(link.href.length).toBeLessThanOrEqual(maxComposeUrlLength);
    }
    expect(query(links.gmail.href).su).toBe(draft.subject);
    // A note of ordinary length fits every link.
    const ordinary = composeLinks({ ...draft, body: "Thank you for your time today. ".repeat(40) });
    expect(Object.values(ordinary).every((link) => link.withBody && link.href.length <= maxComposeUrlLength)).toBe(true);
  });
});

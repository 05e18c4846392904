// Links that open a new email in the candidate's own mail, with the recipient, subject and body filled
// in: their mail app (mailto:), Gmail and Outlook on the web. The site sends nothing: the note goes
// from the candidate's own address. Pure, so the encoding is tested without a browser.

export type ComposeDraft = { to: string; subject: string; body: string };
export type ComposeLink = { href: string; withBody: boolean };
export type ComposeLinks = { mailApp: ComposeLink; gmail: ComposeLink; outlook: ComposeLink };

/**
 * The longest link we build. Mail apps on Windows cut a mailto: link off at about 2,000 characters,
 * and the webmail sign-in pages carry the whole link in one of their own: a longer note would
 * arrive cut short, or not at all. Past this, a link opens with the address and subject only and
 * the page asks for the note to be pasted in; it is never truncated.
 */
export const maxComposeUrlLength = 2000;

// encodeURIComponent escapes every reserved character, and spaces as %20 (a "+" would show as one).
const encode = encodeURIComponent;

/** The address keeps its "@"; a comma or "?" in it is escaped, so it can never name a second recipient. */
function encodeAddress(to: string): string {
  return encode(to.trim()).replace(/%40/g, "@");
}

/** RFC 6068: line breaks in a mailto: body are CRLF. */
function mailApp({ to, subject, body }: ComposeDraft, withBody: boolean): string {
  const query = [`subject=${encode(subject)}`, ...(withBody ? [`body=${encode(body.replace(/\r?\n/g, "\r\n"))}`] : [])];
  return `mailto:${encodeAddress(to)}?${query.join("&")}`;
}

function gmail({ to, subject, body }: ComposeDraft, withBody: boolean): string {
  const query = ["view=cm", "fs=1", `to=${encodeAddress(to)}`, `su=${encode(subject)}`, ...(withBody ? [`body=${encode(body.replace(/\r\n/g, "\n"))}`] : [])];
  return `https://mail.google.com/mail/?${query.join("&")}`;
}

function outlook({ to, subject, body }: ComposeDraft, withBody: boolean): string {
  const query = [`to=${encodeAddress(to)}`, `subject=${encode(subject)}`, ...(withBody ? [`body=${encode(body.replace(/\r\n/g, "\n"))}`] : [])];
  return `https://outlook.live.com/mail/0/deeplink/compose?${query.join("&")}`;
}

function link(build: (draft: ComposeDraft, withBody: boolean) => string, draft: ComposeDraft): ComposeLink {
  const full = build(draft, true);
  return full.length <= maxComposeUrlLength ? { href: full, withBody: true } : { href: build(draft, false), withBody: false };
}

export function composeLinks(draft: ComposeDraft): ComposeLinks {
  return { mailApp: link(mailApp, draft), gmail: link(gmail, draft), outlook: link(outlook, draft) };
}

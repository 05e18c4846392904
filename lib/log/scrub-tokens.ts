// Sign-in, invitation and unsubscribe links carry their credential in the URL, and error text can
// quote one: a driver's failed query lists its parameters, an email body among them. Whatever
// writes an error to the outbox, the reminders or the logs passes it through here first.

const url = /\bhttps?:(?:\/\/|%2F%2F)[^\s<>"'`]+/gi;
const tokenParameter = /\btoken(?:=|%3D)[^\s&"'<>`,;)]+/gi;

export const scrubbedLink = "[link removed]";

/** The text with every URL that mentions a token, and any bare `token=` value, taken out. */
export function scrubTokens(text: string): string {
  return text.replace(url, (link) => (/token/i.test(link) ? scrubbedLink : link)).replace(tokenParameter, "token=[removed]");
}

// Also percent-encoded (%40), as in a query string. The local part leaves out = & ? /, which are legal
// but rare in an address and common around one in a URL.
const emailAddress = /[\w.!#$%'*+^`{|}~-]+(?:@|%40)[a-z\d](?:[a-z\d-]*[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]*[a-z\d])?)+/gi;

export const scrubbedEmail = "[email removed]";

/** For the logs, which identify people by user id only: tokens, and any email address, taken out. */
export function scrubForLogs(text: string): string {
  return scrubTokens(text).replace(emailAddress, scrubbedEmail);
}

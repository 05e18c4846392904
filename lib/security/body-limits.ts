// The largest request body the site takes: server actions (next.config.mjs
// sets the same figure as serverActions.bodySizeLimit), route handlers and
// Auth.js alike. The biggest honest form, a reflection with every field and
// all twenty questions at their length limits, is about 38,000 characters as
// zod counts them (UTF-16 units, none more than three bytes in UTF-8): under
// 120 KB whatever the language.

export const requestBodyLimitBytes = 256 * 1024;

const limitInWords = `${requestBodyLimitBytes / 1024} KB`;

/** True when the request says (Content-Length) its body is over the limit. */
export function declaresOversizedBody(headers: Headers): boolean {
  const declared = Number(headers.get("content-length") ?? 0);
  return Number.isFinite(declared) && declared > requestBodyLimitBytes;
}

/**
 * True for a body streamed without a declared length. Browsers always
 * declare one for forms and fetches; Next.js answers an undeclared body over
 * the server-action limit with a bare 500, so such bodies are refused up
 * front (411) and every oversized request gets a clear answer.
 */
export function streamsUndeclaredBody(headers: Headers): boolean {
  return headers.has("transfer-encoding") && !headers.has("content-length");
}

/** 411: the one thing the client must do differently. */
export function lengthRequiredResponse(): Response {
  return new Response("Send the request with a Content-Length header: bodies of unknown length are not accepted.\n", {
    status: 411,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

/** 413, in words a person who pasted something huge into a form can act on. */
export function bodyTooLargeResponse(): Response {
  return new Response(
    `What you sent is larger than this site accepts (${limitInWords}), so nothing was saved. Go back, shorten the text and send it again.\n`,
    { status: 413, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } },
  );
}

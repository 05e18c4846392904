// One limit for server actions (next.config.mjs's serverActions.bodySizeLimit matches), route
// handlers and Auth.js. The biggest honest form, a full reflection, is under 120 KB in any language.

export const requestBodyLimitBytes = 256 * 1024;

const limitInWords = `${requestBodyLimitBytes / 1024} KB`;

export function declaresOversizedBody(headers: Headers): boolean {
  const declared = Number(headers.get("content-length") ?? 0);
  return Number.isFinite(declared) && declared > requestBodyLimitBytes;
}

/** Browsers always declare a length; Next.js answers an undeclared body over the action limit with a
 *  bare 500, so such bodies are refused up front (411). */
export function streamsUndeclaredBody(headers: Headers): boolean {
  return headers.has("transfer-encoding") && !headers.has("content-length");
}

export function lengthRequiredResponse(): Response {
  return new Response("Send the request with a Content-Length header: bodies of unknown length are not accepted.\n", {
    status: 411,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

export function bodyTooLargeResponse(): Response {
  return new Response(
    `What you sent is larger than this site accepts (${limitInWords}), so nothing was saved. Go back, shorten the text and send it again.\n`,
    { status: 413, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } },
  );
}

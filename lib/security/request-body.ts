import "server-only";

/** Content-Length can be absent or wrong, so the stream is counted and abandoned at the limit: an
 *  oversized body is never held in memory. */
export async function readBodyWithinLimit(request: Request, maxBytes: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  // Buffer keeps every byte (TextDecoder would drop a BOM), so a signature over the raw body still matches.
  return Buffer.concat(chunks).toString("utf8");
}

import { describe, expect, it } from "vitest";
import { readBodyWithinLimit } from "./request-body";

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://localhost/", { method: "POST", body, headers });

/** A body sent in chunks with no Content-Length, as a chunked upload arrives. */
function streamed(chunks: string[]): Request {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Request("http://localhost/", { method: "POST", body: stream, duplex: "half" } as RequestInit);
}

describe("readBodyWithinLimit", () => {
  it("returns the body byte for byte, multi-byte characters and byte order mark included", async () => {
    const body = "\uFEFF{\"name\":\"Siân Jones — £40k\"}";
    expect(await readBodyWithinLimit(post(body), 1024)).toBe(body);
  });

  it("counts bytes, not characters, against the limit", async () => {
    expect(await readBodyWithinLimit(post("£".repeat(5)), 10)).toBe("£".repeat(5));
    expect(await readBodyWithinLimit(post("£".repeat(6)), 10)).toBeNull();
  });

  it("stops reading a stream once it passes the limit, whatever the chunks", async () => {
    expect(await readBodyWithinLimit(streamed(["12345", "67890"]), 10)).toBe("1234567890");
    expect(await readBodyWithinLimit(streamed(["12345", "678901"]), 10)).toBeNull();
  });

  it("refuses at once a body whose declared length is over the limit", async () => {
    expect(await readBodyWithinLimit(post("small", { "content-length": "11" }), 10)).toBeNull();
  });

  it("reads no body as empty text", async () => {
    expect(await readBodyWithinLimit(post(null), 10)).toBe("");
  });
});

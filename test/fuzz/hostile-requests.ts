// Hostile requests for route handlers, as data: which handler, who is
// signed in, path parameters, a query string, headers, a body, and whether
// the body is correctly signed as a Resend webhook (so a garbled payload gets
// past the signature to the parser). Values may refer to the world's ids and
// tokens (`ref`), resolved when the request is built.
import fc from "fast-check";
import { hostileString, shown } from "./hostile-values";

export type RequestValue = { text: string } | { ref: number };

export type RequestBody =
  | { kind: "none" }
  | { kind: "text"; text: string }
  | { kind: "bytes"; bytes: Uint8Array }
  | { kind: "huge"; size: number }
  | { kind: "event"; event: Record<string, unknown> };

export type HostileRequest = {
  handler: number;
  session: number;
  params: RequestValue[];
  query: [RequestValue, RequestValue][];
  headers: [string, RequestValue][];
  contentType: string | null;
  body: RequestBody;
  signed: boolean;
};


export const requestValue: fc.Arbitrary<RequestValue> = fc.oneof(
  { weight: 3, arbitrary: hostileString.map((text) => ({ text, [fc.toStringMethod]: () => `{text:${shown(text)}}` })) },
  { weight: 3, arbitrary: fc.nat().map((ref) => ({ ref })) },
);

const contentTypes = [
  null,
  "application/x-www-form-urlencoded",
  "multipart/form-data",
  "multipart/form-data; boundary=----x",
  "application/json",
  "application/json; charset=utf-16",
  "text/plain",
  "application/octet-stream",
  "text/html",
  "garbage",
  "",
];

const bodyTexts = [
  "List-Unsubscribe=One-Click",
  "from=page",
  "from=page&from=elsewhere",
  "email=candidate-a%40world.test",
  "email=%ZZ&x",
  "------x\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nx@example.com\r\n------x--\r\n",
  "------x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated",
  "{",
  "null",
  "[]",
  "{\"type\":null}",
  "{\"__proto__\":{\"polluted\":true}}",
  "{\"type\":\"email.bounced\",\"data\":\"not an object\"}",
];

const eventValue = fc.oneof(hostileString, fc.constant(null), fc.integer(), fc.array(hostileString, { maxLength: 3 }), fc.object({ maxDepth: 1 }));

/** A Resend event shape with any of its fields hostile. */
const hostileEvent = fc.record({
  type: fc.oneof(fc.constantFrom("email.bounced", "email.delivered", "email.complained", "email.sent", "email.delivery_delayed", "contact.created"), hostileString),
  created_at: fc.oneof(fc.constant("2026-11-26T10:00:06.000Z"), eventValue),
  data: fc.oneof(
    fc.record({
      email_id: fc.oneof(fc.constant("re_email_1"), eventValue),
      to: fc.oneof(fc.constant(["candidate-a@world.test"]), eventValue),
      created_at: fc.oneof(fc.constant("2026-11-26T10:00:00.000Z"), eventValue),
      bounce: fc.oneof(fc.constant({ type: "Permanent", subType: "General", message: "No such mailbox" }), eventValue),
    }),
    eventValue,
  ),
});

const body: fc.Arbitrary<RequestBody> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ kind: "none" as const }) },
  { weight: 3, arbitrary: fc.constantFrom(...bodyTexts).map((text) => ({ kind: "text" as const, text })) },
  { weight: 2, arbitrary: hostileString.map((text) => ({ kind: "text" as const, text, [fc.toStringMethod]: () => `{text:${shown(text)}}` })) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 512 }).map((bytes) => ({ kind: "bytes" as const, bytes })) },
  { weight: 1, arbitrary: fc.constantFrom(256 * 1024 + 1, 2 * 1024 * 1024).map((size) => ({ kind: "huge" as const, size })) },
  { weight: 3, arbitrary: hostileEvent.map((event) => ({ kind: "event" as const, event })) },
);

const headerNames = [
  "authorization",
  "cookie",
  "x-forwarded-for",
  "x-real-ip",
  "svix-id",
  "svix-timestamp",
  "svix-signature",
  "origin",
  "accept",
];

export const hostileRequest: fc.Arbitrary<HostileRequest> = fc.record({
  handler: fc.nat(),
  // Mostly candidate A, who owns the world's records; sometimes anyone (sessions[n % 5]).
  session: fc.oneof({ weight: 2, arbitrary: fc.constant(1) }, { weight: 3, arbitrary: fc.nat() }),
  params: fc.array(requestValue, { minLength: 2, maxLength: 2 }),
  query: fc.array(
    fc.tuple(
      fc.oneof({ weight: 4, arbitrary: fc.constantFrom("token", "email") }, fc.constantFrom("from", "error", "callbackUrl", ""), fc.string({ maxLength: 8 })).map((text) => ({ text })),
      requestValue,
    ),
    { maxLength: 3 },
  ),
  headers: fc.array(fc.tuple(fc.constantFrom(...headerNames), requestValue), { maxLength: 3 }),
  contentType: fc.constantFrom(...contentTypes),
  body,
  signed: fc.boolean(),
});

/** Header values a real client could send: Node refuses NUL, CR, LF and anything past Latin-1 before a handler runs. */
export const headerSafe = (value: string) => value.replace(/[^\t\x20-\x7E\x80-\xFF]/g, "?");

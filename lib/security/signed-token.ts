import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import type { z } from "zod";

// A payload a link carries and the site can trust without a session: base64url JSON and an
// HMAC-SHA256 of it under a label, so a token signed for one purpose is valid for no other.

const signatureLength = 43; // 32 bytes of HMAC-SHA256 in unpadded base64url
const maxTokenLength = 512;
const base64url = /^[A-Za-z0-9_-]+$/;

function sign(label: string, encodedPayload: string, secret: string): string {
  return createHmac("sha256", secret).update(`${label}.${encodedPayload}`).digest("base64url");
}

export function createSignedToken<T>(label: string, schema: z.ZodType<T>, payload: T, secret: string): string {
  const encoded = Buffer.from(JSON.stringify(schema.parse(payload))).toString("base64url");
  return `${encoded}.${sign(label, encoded, secret)}`;
}

/** The payload, or null for anything not signed by us under this label (cut short, altered, too long). */
export function verifySignedToken<T>(label: string, schema: z.ZodType<T>, token: string | null | undefined, secret: string): T | null {
  if (typeof token !== "string" || token.length > maxTokenLength) return null;
  const parts = token.split(".");
  if (parts.length !== 2) return null;
  const [encoded = "", signature = ""] = parts;
  if (!base64url.test(encoded) || !base64url.test(signature) || signature.length !== signatureLength) return null;
  if (!timingSafeEqual(Buffer.from(sign(label, encoded, secret)), Buffer.from(signature))) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(encoded, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

import "server-only";
import { consumeRateLimit, hashForKey, type RateLimitDecision } from "@/lib/security/rate-limit";

// Sign-in emails cost money and can pester someone. Both counters are consumed on every request,
// so switching address or IP does not escape the other.
const perAddress = { limit: 5, windowMs: 15 * 60_000 };
const perIp = { limit: 20, windowMs: 15 * 60_000 };

export async function consumeSignInAllowance(
  email: string,
  ip: string,
  now = new Date(),
): Promise<RateLimitDecision> {
  const [byAddress, byIp] = await Promise.all([
    consumeRateLimit(`sign-in:email:${hashForKey(email)}`, perAddress, now),
    consumeRateLimit(`sign-in:ip:${hashForKey(ip)}`, perIp, now),
  ]);
  if (byAddress.allowed && byIp.allowed) return { allowed: true };
  const waits = [byAddress, byIp].flatMap((d) => (d.allowed ? [] : [d.retryAfterSeconds]));
  return { allowed: false, retryAfterSeconds: Math.max(...waits) };
}

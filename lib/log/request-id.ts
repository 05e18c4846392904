import { randomUUID } from "node:crypto";

// A request id travels in X-Request-Id. Ours are UUIDs; one a proxy of ours sets (nginx's
// $request_id is 32 hex digits) is kept so its log and ours join up, but only when proxies are
// trusted at all (TRUSTED_PROXY_HOPS > 0): otherwise any client could choose the id it is logged under.

export const requestIdHeader = "x-request-id";
const acceptable = /^[\w.:-]{8,128}$/;

export function requestIdFor(incoming: string | string[] | undefined, trustedProxyHops: number): string {
  const given = Array.isArray(incoming) ? incoming.at(-1) : incoming;
  if (trustedProxyHops > 0 && given && acceptable.test(given)) return given;
  return randomUUID();
}

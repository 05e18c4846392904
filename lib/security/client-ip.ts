import "server-only";
import { Server, type IncomingMessage } from "node:http";
import { isIP, isIPv6 } from "node:net";
import { env } from "@/lib/env";

// Who a request comes from, for per-client limits. Next.js 16 gives route handlers, actions and
// proxy.ts no socket address (NextRequest.ip is gone, and `next start` only fills X-Forwarded-For
// with it when the client sent none), so the server process stamps every request with its socket
// address under a header of its own, overwriting whatever a client sent under that name.

const peerHeader = "x-next-steps-peer";
const stampInstalled = Symbol.for("next-steps.peer-address-stamp");
const holder = globalThis as { [stampInstalled]?: boolean };

type RequestEmitter = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;

/** Called once at server start (lib/boot/server-start.ts), before any request is handled. */
export function stampPeerAddresses(): void {
  if (holder[stampInstalled]) return;
  const emit = Server.prototype.emit as RequestEmitter;
  Server.prototype.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as IncomingMessage;
      request.headers[peerHeader] = request.socket?.remoteAddress ?? "";
    }
    return emit.call(this, event, ...args);
  } as typeof Server.prototype.emit;
  holder[stampInstalled] = true;
}

/** The socket's address, or undefined where nothing stamped it (a unit test calling a handler). */
function peerAddress(headers: Headers): string | undefined {
  if (!holder[stampInstalled]) return undefined;
  return headers.get(peerHeader) || undefined;
}

/**
 * The client's address as a limit key. TRUSTED_PROXY_HOPS=0: the socket's address, and
 * X-Forwarded-For is ignored (anyone can write it). N: the Nth entry from the right of
 * X-Forwarded-For, the one the outermost of our N proxies appended; a shorter list means the
 * request skipped a proxy, and its leftmost entry is used. IPv6 addresses are grouped by /64 (one
 * subscriber's network), and anything that is not an address shares one "unknown" bucket, so
 * varying junk escapes nothing.
 */
export function clientIp(headers: Headers, hops: number = env().TRUSTED_PROXY_HOPS): string {
  const peer = peerAddress(headers);
  if (hops === 0) return peer ? addressKey(peer) : "unknown";
  const chain = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  const entry = chain.at(-hops) ?? chain[0] ?? peer;
  return entry ? addressKey(entry) : "unknown";
}

/** An address as proxies write it (maybe with a port, brackets or an IPv6 zone) to its limit key. */
export function addressKey(written: string): string {
  const address = stripPortAndZone(written.trim());
  if (isIP(address) === 4) return address;
  if (!isIPv6(address)) return "unknown";
  const groups = ipv6Groups(address);
  const mappedIpv4 = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  if (mappedIpv4) return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join(".");
  return `${groups.slice(0, 4).map((group) => group.toString(16)).join(":")}::/64`;
}

function stripPortAndZone(address: string): string {
  const bracketed = address.match(/^\[([^\]]+)\](?::\d+)?$/);
  if (bracketed) return bracketed[1]!.split("%")[0]!;
  const ipv4WithPort = address.match(/^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/);
  if (ipv4WithPort) return ipv4WithPort[1]!;
  return address.split("%")[0]!;
}

/** The eight 16-bit groups of a valid IPv6 address, "::" and a trailing dotted IPv4 expanded. */
function ipv6Groups(address: string): number[] {
  let text = address;
  const dotted = text.match(/^(.*:)(\d+)\.(\d+)\.(\d+)\.(\d+)$/);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(2).map(Number) as [number, number, number, number];
    text = `${dotted[1]}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const middle = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...middle, ...right].map((group) => parseInt(group, 16));
}

import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { addressKey, clientIp, stampPeerAddresses } from "./client-ip";

const forwarded = (value: string) => new Headers({ "x-forwarded-for": value });

describe("clientIp behind TRUSTED_PROXY_HOPS proxies", () => {
  it("takes the Nth entry from the right, the one our outermost proxy appended", () => {
    expect(clientIp(forwarded("6.6.6.6, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientIp(forwarded("6.6.6.6, 203.0.113.9, 10.0.0.2"), 2)).toBe("203.0.113.9");
    // Behind two proxies, the edge's own address (the last entry) is not everyone's bucket.
    expect(clientIp(forwarded("203.0.113.9, 10.0.0.2"), 2)).not.toBe(clientIp(forwarded("198.51.100.4, 10.0.0.2"), 2));
  });

  it("uses the leftmost entry when the list is shorter than the hops, and shares one bucket for junk", () => {
    expect(clientIp(forwarded("203.0.113.9"), 2)).toBe("203.0.113.9");
    expect(clientIp(forwarded("not-an-address"), 1)).toBe("unknown");
    expect(clientIp(forwarded("<script>, also junk"), 1)).toBe("unknown");
    expect(clientIp(new Headers(), 1)).toBe("unknown");
  });

  it("ignores X-Forwarded-For with no trusted proxy (the default): a client cannot choose its bucket", () => {
    expect(clientIp(forwarded("203.0.113.9"))).toBe("unknown");
    expect(clientIp(forwarded("198.51.100.1"), 0)).toBe(clientIp(forwarded("192.0.2.1"), 0));
  });
});

describe("addressKey", () => {
  it("groups IPv6 by /64, however it is written", () => {
    expect(addressKey("2001:db8:aa:bb:1:2:3:4")).toBe("2001:db8:aa:bb::/64");
    expect(addressKey("2001:0db8:00aa:00bb:ffff::9")).toBe("2001:db8:aa:bb::/64");
    expect(addressKey("[2001:db8:aa:bb::1]:443")).toBe("2001:db8:aa:bb::/64");
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(addressKey("2001:db8:aa:bc::1")).not.toBe(addressKey("2001:db8:aa:bb::1"));
  });

  it("keeps IPv4 whole, unwraps IPv4-mapped IPv6 and drops a port", () => {
    expect(addressKey("203.0.113.9")).toBe("203.0.113.9");
    expect(addressKey("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(addressKey("203.0.113.9:51234")).toBe("203.0.113.9");
  });
});

describe("the socket address stamp", () => {
  it("gives a handler the connection's address, whatever the client wrote in the headers", async () => {
    stampPeerAddresses();
    const server = createServer((request, response) => {
      const headers = new Headers(Object.entries(request.headers).map(([name, value]): [string, string] => [name, String(value)]));
      response.end(JSON.stringify({ noHops: clientIp(headers, 0), oneHop: clientIp(headers, 1) }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { "x-forwarded-for": "203.0.113.9", "x-next-steps-peer": "198.51.100.1", "x-real-ip": "192.0.2.1" },
      });
      expect(await response.json()).toEqual({ noHops: "127.0.0.1", oneHop: "203.0.113.9" });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

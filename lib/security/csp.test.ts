import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "./csp";

const directive = (policy: string, name: string) => policy.split("; ").find((part) => part.startsWith(`${name} `));

describe("contentSecurityPolicy", () => {
  it("allows scripts from this origin and the vouched-for inline ones, never inline script in general", () => {
    const policy = contentSecurityPolicy({ inlineScripts: ["'nonce-abc'", "'sha256-xyz'"], development: false });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc' 'sha256-xyz'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(policy, "base-uri")).toBe("base-uri 'self'");
    expect(directive(policy, "form-action")).toBe("form-action 'self'");
    expect(policy).not.toContain("unsafe-eval");
  });

  it("lets next dev evaluate code and open its WebSocket, and only next dev", () => {
    const policy = contentSecurityPolicy({ inlineScripts: [], development: true });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'unsafe-eval'");
    expect(directive(policy, "connect-src")).toBe("connect-src 'self' ws:");
  });
});

describe("newNonce", () => {
  it("is fresh every time and 128 bits of base64", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

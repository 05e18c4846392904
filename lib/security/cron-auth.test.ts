import { afterEach, describe, expect, it, vi } from "vitest";
import { isAuthorizedCronRequest } from "./cron-auth";

afterEach(() => vi.unstubAllEnvs());

const withAuth = (value?: string) => new Headers(value ? { authorization: value } : {});

describe("cron authorisation", () => {
  it("accepts only the configured bearer secret", () => {
    vi.stubEnv("CRON_SECRET", "s3cret");
    expect(isAuthorizedCronRequest(withAuth("Bearer s3cret"))).toBe(true);
    expect(isAuthorizedCronRequest(withAuth("Bearer wrong"))).toBe(false);
    expect(isAuthorizedCronRequest(withAuth())).toBe(false);
  });

  it("refuses everything when no secret is configured", () => {
    vi.stubEnv("CRON_SECRET", "");
    expect(isAuthorizedCronRequest(withAuth("Bearer "))).toBe(false);
  });
});

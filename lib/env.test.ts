import { afterEach, describe, expect, it, vi } from "vitest";
import { checkEnvAtStart, emailFrom, env, siteOrigin } from "./env";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const production = { NODE_ENV: "production", AUTH_SECRET: "s3cret", AUTH_URL: "https://nextsteps.example.co.uk" };

describe("env", () => {
  it("gives the documented defaults when nothing is set", () => {
    const settings = env({});
    expect(settings).toMatchObject({ DATABASE_POOL_MAX: 10, RESEND_REQUESTS_PER_SECOND: 5, RESEND_REQUEST_TIMEOUT_MS: 15_000 });
    expect(settings.DATABASE_URL).toBeUndefined();
    expect(settings.WORKER_INTERVAL_MS).toBeUndefined();
    expect(siteOrigin(settings)).toBe("http://localhost:3000");
    expect(emailFrom(settings)).toBe("Next Steps <no-reply@next-steps.localhost>");
  });

  it("turns numbers into numbers", () => {
    const settings = env({ DATABASE_POOL_MAX: "3", RESEND_REQUESTS_PER_SECOND: "0.5", WORKER_INTERVAL_MS: "200", OUTBOX_LEASE_MS: "3000" });
    expect(settings).toMatchObject({ DATABASE_POOL_MAX: 3, RESEND_REQUESTS_PER_SECOND: 0.5, WORKER_INTERVAL_MS: 200, OUTBOX_LEASE_MS: 3000 });
  });

  it("treats an empty variable as unset", () => {
    const settings = env({ RESEND_API_KEY: "", DATABASE_POOL_MAX: "", CRON_SECRET: "", AUTH_URL: "" });
    expect(settings.RESEND_API_KEY).toBeUndefined();
    expect(settings.CRON_SECRET).toBeUndefined();
    expect(settings.DATABASE_POOL_MAX).toBe(10);
    expect(siteOrigin(settings)).toBe("http://localhost:3000");
  });

  it("falls back to the port the server listens on, so links work off port 3000", () => {
    expect(siteOrigin(env({ PORT: "4123" }))).toBe("http://localhost:4123");
    expect(siteOrigin(env({ PORT: "4123", SITE_URL: "https://site.example" }))).toBe("https://site.example");
    expect(() => env({ PORT: "99999" })).toThrow(/PORT/);
  });

  it("prefers AUTH_URL to SITE_URL for the site's address", () => {
    expect(siteOrigin(env({ SITE_URL: "https://site.example" }))).toBe("https://site.example");
    expect(siteOrigin(env({ SITE_URL: "https://site.example", AUTH_URL: "https://auth.example" }))).toBe("https://auth.example");
  });

  it.each([
    ["DATABASE_POOL_MAX", "ten"],
    ["DATABASE_POOL_MAX", "0"],
    ["RESEND_REQUEST_TIMEOUT_MS", "1.5"],
    ["RESEND_REQUESTS_PER_SECOND", "-1"],
    ["WORKER_INTERVAL_MS", "Infinity"],
    ["AUTH_URL", "nextsteps.example.co.uk"],
    ["RESEND_BASE_URL", "ftp://127.0.0.1"],
    ["WORKER_IN_PROCESS", "true"],
    ["ENABLE_DEV_MAILBOX", "yes"],
    ["NODE_ENV", "staging"],
  ])("refuses %s=%s, by name", (name, value) => {
    expect(() => env({ [name]: value })).toThrow(new RegExp(`^Invalid environment variables:\\n  ${name}: `));
  });

  it("names every bad variable at once, and no value", () => {
    const problem = () => env({ OUTBOX_LEASE_MS: "soon", AUTH_URL: "not a url", AUTH_SECRET: "hunter2" });
    expect(problem).toThrow(/AUTH_URL: .*\n {2}OUTBOX_LEASE_MS: /);
    expect(problem).not.toThrow(/soon|hunter2|AUTH_SECRET/);
  });

  it("reads process.env when called, not when imported", () => {
    vi.stubEnv("CRON_SECRET", "first");
    expect(env().CRON_SECRET).toBe("first");
    vi.stubEnv("CRON_SECRET", "second");
    expect(env().CRON_SECRET).toBe("second");
  });
});

describe("checkEnvAtStart", () => {
  it("stops a production server without AUTH_SECRET, naming it", () => {
    const { AUTH_SECRET: _, ...withoutSecret } = production;
    expect(() => checkEnvAtStart(withoutSecret)).toThrow(/^Missing environment variables required in production:\n {2}AUTH_SECRET: /);
    expect(() => checkEnvAtStart(withoutSecret)).not.toThrow(/AUTH_URL/);
  });

  it("names every missing variable at once", () => {
    expect(() => checkEnvAtStart({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET: .*\n {2}AUTH_URL: /);
  });

  it("stops any start with a bad value, production or not", () => {
    expect(() => checkEnvAtStart({ NODE_ENV: "development", WORKER_INTERVAL_MS: "fast" })).toThrow(/WORKER_INTERVAL_MS/);
  });

  it("asks nothing of development, tests, or `next build`", () => {
    expect(checkEnvAtStart({})).toEqual([]);
    expect(checkEnvAtStart({ NODE_ENV: "development" })).toEqual([]);
    expect(checkEnvAtStart({ NODE_ENV: "test" })).toEqual([]);
    expect(checkEnvAtStart({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).toEqual([]);
  });

  it("starts production on the fallbacks, saying which", () => {
    expect(checkEnvAtStart(production).map((note) => note.split(":")[0])).toEqual([
      "DATABASE_URL is not set",
      "RESEND_API_KEY is not set",
      "EMAIL_FROM is not set",
    ]);
    expect(
      checkEnvAtStart({ ...production, DATABASE_URL: "postgres://db/app", RESEND_API_KEY: "re_x", EMAIL_FROM: "Next Steps <no-reply@example.co.uk>" }),
    ).toEqual([]);
  });

  it("refuses a log level pino does not have, and an OTLP endpoint that is not a URL", () => {
    expect(() => checkEnvAtStart({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
    expect(() => checkEnvAtStart({ OTEL_EXPORTER_OTLP_ENDPOINT: "collector:4318" })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
    expect(env({ LOG_LEVEL: "debug" }).LOG_LEVEL).toBe("debug");
  });
});

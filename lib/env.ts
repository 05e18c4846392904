import { z } from "zod";
// Relative: the email preview (`npm run email`) imports this without the @/ alias.
import { brand } from "./config/brand";

// Every environment variable the app reads, validated; nothing else reads
// process.env (eslint.config.mjs) but instrumentation.ts, whose NEXT_RUNTIME
// check the bundler must see. Parsed on each call, not cached: tests and
// benches set variables at runtime. Server code only, keeping zod out of the
// browser: client components import lib/config/brand.ts, not this.

type Source = Record<string, string | undefined>;

const httpUrl = z.url({ protocol: /^https?$/ });
const positiveWhole = z.coerce.number().int().positive();
const flag = z.enum(["0", "1"]);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).optional(),
  NEXT_PHASE: z.string().optional(),
  // postgres.js takes connection strings (several hosts) that a URL parser refuses.
  DATABASE_URL: z.string().optional(),
  DATABASE_POOL_MAX: positiveWhole.default(10),
  // false behind PgBouncer in transaction mode, where a named prepared statement may be on another server connection.
  DATABASE_PREPARE: z.stringbool().default(true),
  PGLITE_DIR: z.string().optional(),
  AUTH_SECRET: z.string().optional(),
  AUTH_URL: httpUrl.optional(),
  SITE_URL: httpUrl.optional(),
  // Set by `next dev` and `next start` to the port they listen on.
  PORT: z.coerce.number().int().min(1).max(65_535).optional(),
  RESEND_API_KEY: z.string().optional(),
  RESEND_BASE_URL: httpUrl.optional(),
  RESEND_REQUESTS_PER_SECOND: z.coerce.number().positive().default(5),
  RESEND_REQUEST_TIMEOUT_MS: positiveWhole.default(15_000),
  RESEND_WEBHOOK_SECRET: z.string().optional(),
  EMAIL_FROM: z.string().optional(),
  CRON_SECRET: z.string().optional(),
  // How many proxies of ours stand in front of the app, each appending to X-Forwarded-For (lib/security/client-ip.ts).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  ENABLE_DEV_MAILBOX: flag.optional(),
  WORKER_IN_PROCESS: flag.optional(),
  // Unset, the worker's own defaults apply (lib/worker/loop.ts, lib/email/outbox-delivery.ts).
  WORKER_INTERVAL_MS: positiveWhole.optional(),
  OUTBOX_LEASE_MS: positiveWhole.optional(),
  OUTBOX_BACKOFF_BASE_MS: positiveWhole.optional(),
  // /api/ready fails once the oldest due message has waited longer than this; 0 turns that check off.
  READINESS_OUTBOX_MAX_AGE_MS: z.coerce.number().int().min(0).default(600_000),
  // lib/log/logger.ts; "silent" turns logging off (some tests).
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // Set: traces go to this OTLP/HTTP collector (lib/telemetry). Unset: no tracing code is loaded.
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl.optional(),
  OTEL_SERVICE_NAME: z.string().optional(),
});

export type Env = z.infer<typeof schema>;
type Name = keyof Env;
const names = Object.keys(schema.shape) as Name[];

/** The validated settings. An empty variable counts as unset (the e2e suite keeps mail local with RESEND_API_KEY=""). */
export function env(source: Source = process.env): Env {
  const given = Object.fromEntries(names.map((name) => [name, source[name] === "" ? undefined : source[name]]));
  const parsed = schema.safeParse(given);
  if (parsed.success) return parsed.data;
  const problems = Object.entries(z.flattenError(parsed.error).fieldErrors).map(([name, messages]) => `  ${name}: ${messages?.join("; ")}`);
  throw new Error(`Invalid environment variables:\n${problems.join("\n")}`);
}

/** `next build` runs with NODE_ENV=production too, but serves no one and needs no secrets. */
export function isProductionServer(settings: Env = env()): boolean {
  return settings.NODE_ENV === "production" && settings.NEXT_PHASE !== "phase-production-build";
}

/** Where the site is served: every absolute link (emails, feeds, sitemap, metadata) starts here. */
export function siteOrigin(settings: Env = env()): string {
  return settings.AUTH_URL ?? settings.SITE_URL ?? `http://localhost:${settings.PORT ?? 3000}`;
}

const defaultSender = `${brand.siteName} <no-reply@next-steps.localhost>`;

/** The address mail is sent from; never the agency's real inbox in demos or tests. */
export function emailFrom(settings: Env = env()): string {
  return settings.EMAIL_FROM ?? defaultSender;
}

const requiredInProduction: Partial<Record<Name, string>> = {
  AUTH_SECRET: "signs Auth.js tokens; make one with `openssl rand -base64 32`",
  AUTH_URL: "the site's public origin; sign-in links are built from it, never from request headers",
};

// A real deployment sets these too, but the e2e suite, the tests against the
// build and the benches run production builds on the fallbacks.
const fallbacksInProduction: Partial<Record<Name, string>> = {
  DATABASE_URL: "using the embedded database",
  RESEND_API_KEY: "mail stays in the local mailbox",
  EMAIL_FROM: `sending as ${defaultSender}`,
};

/**
 * Run when a server or worker process starts, so a bad or missing setting stops it there, by name.
 * Returns the fallbacks a production server starts on, for the caller to log (the logger reads this module).
 */
export function checkEnvAtStart(source: Source = process.env): string[] {
  const settings = env(source);
  if (!isProductionServer(settings)) return [];
  const missing = Object.entries(requiredInProduction).filter(([name]) => !settings[name as Name]);
  if (missing.length > 0) {
    throw new Error(`Missing environment variables required in production:\n${missing.map(([name, why]) => `  ${name}: ${why}`).join("\n")}`);
  }
  return Object.entries(fallbacksInProduction)
    .filter(([name]) => !settings[name as Name])
    .map(([name, fallback]) => `${name} is not set: ${fallback}`);
}

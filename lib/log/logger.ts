import "server-only";
import pino, { type DestinationStream, type Logger, type LoggerOptions } from "pino";
import { env } from "@/lib/env";
import { scrubForLogs } from "./scrub-tokens";
import { readableLine } from "./readable-line";
import { currentRequest } from "./request-context";

// One JSON line per event in production (what log collectors read), a readable line in development.
// Every string of every line is scrubbed before it is written, so no field, message or stack can carry
// an email address or a link's token out; the redaction paths below also drop whole fields by name.

export type { Logger };

export const redactedPaths = [
  "email",
  "*.email",
  "to",
  "*.to",
  "recipient",
  "*.recipient",
  "token",
  "*.token",
  "password",
  "secret",
  "authorization",
  "cookie",
  "headers.authorization",
  "headers.cookie",
  "*.headers.authorization",
  "*.headers.cookie",
];

export type LoggerSettings = { level?: string; format?: "json" | "readable"; destination?: { write(line: string): void } };

/** A logger writing scrubbed lines to `destination` (stdout unless given): tests pass their own. */
export function createLogger(settings: LoggerSettings = {}): Logger {
  const { LOG_LEVEL, NODE_ENV } = env();
  const format = settings.format ?? (NODE_ENV === "development" ? "readable" : "json");
  const out = settings.destination ?? process.stdout;
  const stream: DestinationStream = {
    write: (line: string) => void out.write(format === "readable" ? readableLine(scrubbedLine(line)) : scrubbedLine(line)),
  };
  const options: LoggerOptions = {
    level: settings.level ?? LOG_LEVEL,
    redact: { paths: redactedPaths, censor: "[redacted]" },
    formatters: { level: (label) => ({ level: label }) },
    // Anything logged while a request is handled carries its id, so its lines join up with the request line.
    mixin: () => {
      const request = currentRequest();
      return request ? { reqId: request.requestId } : {};
    },
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: { err: pino.stdSerializers.errWithCause },
  };
  return pino(options, stream);
}

/** Scrubbed value by value: scrubbing the JSON text itself could eat an escape and break the line. */
function scrubbedLine(line: string): string {
  try {
    return `${JSON.stringify(scrubbed(JSON.parse(line)))}\n`;
  } catch {
    return scrubForLogs(line);
  }
}

function scrubbed(value: unknown): unknown {
  if (typeof value === "string") return scrubForLogs(value);
  if (Array.isArray(value)) return value.map(scrubbed);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, scrubbed(inner)]));
  return value;
}

// On globalThis: Next.js bundles instrumentation, routes and proxy separately, and each would make its own.
const holder = globalThis as unknown as { nextStepsLogger?: Logger };

/** The process's logger, made on first use (LOG_LEVEL is read then). */
export function logger(): Logger {
  holder.nextStepsLogger ??= createLogger();
  return holder.nextStepsLogger;
}

/** Tests swap the process's logger for one that writes where they can read it; `undefined` restores it. */
export function setLoggerForTesting(replacement: Logger | undefined): void {
  holder.nextStepsLogger = replacement;
}

// A logger whose lines a test can read back, parsed.
import { createLogger, setLoggerForTesting, type LoggerSettings } from "@/lib/log/logger";

export function captureLogs(settings: Omit<LoggerSettings, "destination"> = {}) {
  const raw: string[] = [];
  const logger = createLogger({ level: "debug", ...settings, destination: { write: (line) => void raw.push(line) } });
  return {
    logger,
    raw,
    lines: () => raw.map((line) => JSON.parse(line) as Record<string, unknown>),
    /** Makes it the process's logger, as lib code reaches it through logger(). */
    install: () => setLoggerForTesting(logger),
    uninstall: () => setLoggerForTesting(undefined),
  };
}

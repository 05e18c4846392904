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

/**
 * For the tests that call many handlers or actions and want to know what they logged as errors:
 * while recording, the process's logger keeps its lines here instead of printing them, and each
 * error line is also given to `onError` as text (its message, then its error's message and stack).
 */
export function recordLogs(onError: (text: string) => void = () => {}) {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({
    level: "debug",
    destination: {
      write(raw) {
        const line = JSON.parse(raw) as Record<string, unknown>;
        lines.push(line);
        if (line.level !== "error" && line.level !== "fatal") return;
        const err = line.err as { message?: string; stack?: string } | undefined;
        onError([line.msg, err?.stack ?? err?.message].filter(Boolean).join(" "));
      },
    },
  });
  setLoggerForTesting(logger);
  return { lines, stop: () => setLoggerForTesting(undefined) };
}

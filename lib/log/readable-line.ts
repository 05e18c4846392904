// Development's view of a JSON log line: time, level, message, then the other fields as key=value.
// Built in rather than pino-pretty, whose usual set-up runs in a worker thread that Next.js dev does not bundle.

const hidden = new Set(["time", "level", "msg", "pid", "hostname", "err"]);

export function readableLine(jsonLine: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(jsonLine) as Record<string, unknown>;
  } catch {
    return jsonLine;
  }
  const time = typeof entry.time === "string" ? entry.time.slice(11, 23) : "";
  const level = String(entry.level ?? "").toUpperCase().padEnd(5);
  const fields = Object.entries(entry)
    .filter(([key]) => !hidden.has(key))
    .map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`);
  const err = entry.err as { stack?: string; message?: string } | undefined;
  const stack = err ? `\n    ${(err.stack ?? err.message ?? "").replace(/\n/g, "\n    ")}` : "";
  return `${time} ${level} ${entry.msg ?? ""}${fields.length ? `  ${fields.join(" ")}` : ""}${stack}\n`;
}

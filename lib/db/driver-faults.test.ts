import { afterEach, describe, expect, it, vi } from "vitest";
import { setDatabaseForTesting, type Database } from "./client";
import { isWriteOnClosedConnection, recoverFromDriverFault } from "./driver-faults";
import { recordLogs } from "@/test/logs/log-lines";

/** The driver's fault as it happens: a write on a nulled socket, from a setImmediate callback. */
function faultFromTimer(): Promise<unknown> {
  const socket: { write: (chunk: string) => void } | null = null;
  return new Promise((resolve) =>
    setImmediate(() => {
      try {
        socket!.write("chunk");
      } catch (error) {
        resolve(error);
      }
    }),
  );
}

afterEach(() => {
  setDatabaseForTesting(undefined);
  vi.restoreAllMocks();
});

describe("postgres.js's uncatchable write on a closed connection", () => {
  it("is recognised when thrown from a timer, and nothing else is", async () => {
    expect(isWriteOnClosedConnection(await faultFromTimer())).toBe(true);
    let inline: unknown;
    try {
      (null as unknown as { write: () => void }).write();
    } catch (error) {
      inline = error;
    }
    expect(isWriteOnClosedConnection(inline)).toBe(false);
    expect(isWriteOnClosedConnection(new Error("Cannot read properties of null (reading 'write')"))).toBe(false);
  });

  it("drops the Postgres pool once, so the next use opens a fresh one", async () => {
    const recording = recordLogs();
    const close = vi.fn(async () => {});
    setDatabaseForTesting({ db: {} as Database, driver: "postgres", close });
    const fault = await faultFromTimer();

    expect(recoverFromDriverFault(fault)).toBe(true);
    expect(recoverFromDriverFault(fault)).toBe(true);
    expect(close).toHaveBeenCalledTimes(1);
    expect(recoverFromDriverFault(new TypeError("something else"))).toBe(false);
    recording.stop();
    expect(recording.lines.map((line) => line.level)).toEqual(["error", "error"]);
  });
});

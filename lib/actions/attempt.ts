import { logger } from "@/lib/log/logger";

export type Attempted<T> = { ok: true; value: T } | { ok: false };

/** A thrown failure is logged once under `log` (its cause never reaches the page) and comes back as
 *  `{ ok: false }`: a refusal the form can show, never a 500. Call redirect() after it, never inside
 *  `write`: Next's redirect throws, and would be taken for a failure. */
export async function attempt<T>(log: string, write: () => Promise<T>): Promise<Attempted<T>> {
  try {
    return { ok: true, value: await write() };
  } catch (error) {
    logger().error({ err: error }, log);
    return { ok: false };
  }
}

import "server-only";
import { and, eq, lte, min } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema/delivery";

/** How long the longest-waiting due message has waited (ms), or null when none is due. */
export async function oldestDueEmailAgeMs(db: Database, now: Date): Promise<number | null> {
  const [row] = await db
    .select({ oldest: min(emailOutbox.nextAttemptAt) })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.state, "pending"), lte(emailOutbox.nextAttemptAt, now)));
  const oldest = row?.oldest ? new Date(row.oldest) : null;
  return oldest ? Math.max(0, now.getTime() - oldest.getTime()) : null;
}

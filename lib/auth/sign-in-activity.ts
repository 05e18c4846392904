import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";

/** A sign-in is recorded, and answers the retention email's "are you still there?": it cancels an
 *  erasure for inactivity (lib/retention), not one the candidate asked for. */
export async function noteSignIn(db: Database, userId: string, now: Date): Promise<void> {
  await db
    .update(users)
    .set({
      lastSignInAt: now,
      erasureDueAt: sql`case when ${users.erasureReason} = 'inactive' then null else ${users.erasureDueAt} end`,
      erasureReason: sql`case when ${users.erasureReason} = 'inactive' then null else ${users.erasureReason} end`,
    })
    .where(eq(users.id, userId));
}

import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import type { CurrentUser } from "@/lib/auth/dal";
import { brand } from "@/lib/config/brand";

/** The zone a member of staff reads dates in: their own, else the agency's. */
export async function viewerTimeZone(caller: CurrentUser): Promise<string> {
  const [row] = await getDb().select({ timeZone: users.timeZone }).from(users).where(eq(users.id, caller.id));
  return row?.timeZone ?? brand.defaultTimeZone;
}

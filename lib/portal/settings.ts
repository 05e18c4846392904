import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import type { CurrentUser } from "@/lib/auth/dal";
import { assertCandidate } from "./access";
import type { SettingsInput } from "./settings-schema";

// A candidate's own preferences. Both functions address the users row by the
// caller's id and nothing else, so no input can reach another account.

export type OwnSettings = {
  name: string | null;
  email: string;
  timeZone: string;
  remindersEnabled: boolean;
  digestEnabled: boolean;
};

export async function getOwnSettings(caller: CurrentUser): Promise<OwnSettings> {
  assertCandidate(caller);
  const [row] = await getDb()
    .select({
      name: users.name,
      email: users.email,
      timeZone: users.timeZone,
      remindersEnabled: users.remindersEnabled,
      digestEnabled: users.digestEnabled,
    })
    .from(users)
    .where(eq(users.id, caller.id));
  // A session outliving its user row (erased mid-session) is not a settings page.
  if (!row) throw new Error("The signed-in user has no account row");
  return row;
}

/** Saves the caller's own preferences; false if their row is gone. */
export async function updateOwnSettings(caller: CurrentUser, input: SettingsInput, now = new Date()): Promise<boolean> {
  assertCandidate(caller);
  // Named columns only: a spread of the input could one day carry a field the schema gained.
  const updated = await getDb()
    .update(users)
    .set({
      name: input.name,
      timeZone: input.timeZone,
      remindersEnabled: input.remindersEnabled,
      digestEnabled: input.digestEnabled,
      updatedAt: now,
    })
    .where(eq(users.id, caller.id))
    .returning({ id: users.id });
  return updated.length > 0;
}

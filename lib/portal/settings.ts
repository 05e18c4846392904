import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import type { CurrentUser } from "@/lib/auth/dal";
import { cancelAllReminders, resyncUserReminders } from "@/lib/journey/reminder-sync";
import { assertCandidate } from "@/lib/journey/access";
import type { SettingsInput } from "./settings-schema";

// The users row is addressed by the caller's id alone, so no input can reach another account.

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

/** Switching reminders off cancels the scheduled ones in the same transaction; on re-plans them. */
export async function updateOwnSettings(caller: CurrentUser, input: SettingsInput, now = new Date()): Promise<boolean> {
  assertCandidate(caller);
  return getDb().transaction(async (tx) => {
    // "No key update", as the update takes: a stronger lock would block reminder inserts' key-share locks.
    const [before] = await tx.select({ remindersEnabled: users.remindersEnabled }).from(users).where(eq(users.id, caller.id)).for("no key update");
    if (!before) return false;
    // Named columns only: a spread of the input could one day carry a field the schema gained.
    await tx
      .update(users)
      .set({
        name: input.name,
        timeZone: input.timeZone,
        remindersEnabled: input.remindersEnabled,
        digestEnabled: input.digestEnabled,
        updatedAt: now,
      })
      .where(eq(users.id, caller.id));
    if (before.remindersEnabled && !input.remindersEnabled) await cancelAllReminders(tx, caller.id, now);
    if (!before.remindersEnabled && input.remindersEnabled) await resyncUserReminders(tx, caller.id, now);
    return true;
  });
}

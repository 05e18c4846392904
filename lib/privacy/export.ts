import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import type { CurrentUser } from "@/lib/auth/dal";
import { assertCandidate } from "@/lib/journey/access";
import { exportSections, type ExportSectionKey } from "./export-sections";

// The subject access copy is read in one snapshot, so its files agree with each other.

type Sections = typeof exportSections;
export type CandidateExport = { exportedAt: Date; timeZone: string } & {
  [Key in ExportSectionKey]: Awaited<ReturnType<Sections[Key]["read"]>>;
};

export async function exportCandidateData(caller: CurrentUser, now = new Date()): Promise<CandidateExport | null> {
  assertCandidate(caller);
  return getDb().transaction(
    async (tx) => {
      // The stored address, not the session's copy: the rows found by address must be this account's.
      const [owner] = await tx.select({ id: users.id, email: users.email, timeZone: users.timeZone }).from(users).where(eq(users.id, caller.id));
      if (!owner) return null;
      const keys = Object.keys(exportSections) as ExportSectionKey[];
      const data: Record<string, unknown> = { exportedAt: now, timeZone: owner.timeZone };
      // One after another: a transaction is one connection, so parallel queries would only queue.
      for (const key of keys) data[key] = await exportSections[key].read(tx, owner);
      return data as CandidateExport;
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

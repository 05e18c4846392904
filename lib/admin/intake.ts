import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/dal";
import { pickIntakeConsultant } from "@/lib/journey/consultant-assignment";
import { assertAdmin } from "./access";

// The admin's rule for new agency candidates: one named intake consultant, or
// (with none) whoever has the fewest candidates in progress.

export type IntakeSetting = {
  /** The chosen intake consultant's id; null means "fewest candidates in progress". */
  intakeConsultantId: string | null;
  /** Who the next new agency candidate would go to now; null when there is no active consultant. */
  next: { name: string } | null;
};

export async function getIntakeSetting(caller: CurrentUser): Promise<IntakeSetting> {
  assertAdmin(caller);
  return getDb().transaction(async (tx) => {
    const [intake] = await tx.select({ id: users.id }).from(users).where(eq(users.intakeConsultant, true));
    const next = await pickIntakeConsultant(tx);
    return { intakeConsultantId: intake?.id ?? null, next: next ? { name: next.name?.trim() || next.email } : null };
  });
}

export type IntakeResult = { status: "saved"; consultantName: string | null } | { status: "not-consultant" };

export async function setIntakeConsultant(caller: CurrentUser, consultantId: string | null, now = new Date()): Promise<IntakeResult> {
  assertAdmin(caller);
  return getDb().transaction(async (tx) => {
    let consultantName: string | null = null;
    if (consultantId) {
      const [consultant] = await tx
        .select({ name: users.name, email: users.email })
        .from(users)
        .where(and(eq(users.id, consultantId), eq(users.role, "consultant"), isNull(users.deactivatedAt)))
        .for("update");
      if (!consultant) return { status: "not-consultant" };
      consultantName = consultant.name?.trim() || consultant.email;
    }
    // Clear first: the partial unique index allows one flag at a time.
    await tx.update(users).set({ intakeConsultant: false, updatedAt: now }).where(eq(users.intakeConsultant, true));
    if (consultantId) await tx.update(users).set({ intakeConsultant: true, updatedAt: now }).where(eq(users.id, consultantId));
    await recordAudit(tx, caller, { candidateId: null, action: "update", entity: "intake_consultant", entityId: consultantId }, now);
    return { status: "saved", consultantName };
  });
}

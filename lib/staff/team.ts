import "server-only";
import { asc, count, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import type { CurrentUser } from "@/lib/auth/dal";
import { AuthorizationError } from "@/lib/auth/errors";
import { staffRoles, type StaffRole } from "@/lib/domain/values";

export type StaffMember = {
  id: string;
  name: string | null;
  email: string;
  role: StaffRole;
  candidates: number;
  /** When they were offboarded; null while they can sign in. */
  deactivatedAt: Date | null;
};

export async function listStaff(caller: CurrentUser): Promise<StaffMember[]> {
  if (caller.role !== "admin") throw new AuthorizationError("Only admins see the team");
  const candidate = alias(users, "candidate");
  const rows = await getDb()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      candidates: count(candidate.id),
      deactivatedAt: users.deactivatedAt,
    })
    .from(users)
    .leftJoin(candidate, eq(candidate.consultantId, users.id))
    .where(inArray(users.role, staffRoles))
    .groupBy(users.id)
    .orderBy(asc(users.role), asc(users.name));
  return rows.map((row) => ({ ...row, role: row.role as StaffRole }));
}

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { staffInvitations, users } from "@/lib/db/schema/auth";
import { auditLog } from "@/lib/db/schema/privacy";
import { acceptStaffInvitation } from "@/lib/auth/staff-invitations";
import {
  createStaffInvitation,
  invitationLockKey,
  listStaffInvitations,
  resendStaffInvitation,
  revokeStaffInvitation,
  type CreateInvitationResult,
} from "./invitations";

let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, new Date());
});
afterAll(() => testDb.dispose());

const day = 86_400_000;
const inDays = (days: number, from = new Date()) => new Date(from.getTime() + days * day);
const invitationRow = async (id: string) => (await testDb.db.select().from(staffInvitations).where(eq(staffInvitations.id, id)))[0]!;
const auditFor = (id: string) =>
  testDb.db.select().from(auditLog).where(and(eq(auditLog.entity, "staff_invitation"), eq(auditLog.entityId, id))).orderBy(auditLog.id);

async function created(email: string, role: "consultant" | "admin" = "consultant", now = new Date()) {
  const result = await createStaffInvitation(world.admin, { email, role }, now);
  if (result.status !== "created") throw new Error(`expected a new invitation, got ${result.status}`);
  return result;
}

describe("createStaffInvitation", () => {
  it("stores an invitation that expires in 7 days, by this admin, and audits it with no candidate", async () => {
    const now = new Date();
    const { invitationId, email } = await created("Jo.Evans@World.test", "admin", now);
    expect(email).toBe("jo.evans@world.test");
    expect(await invitationRow(invitationId)).toMatchObject({
      email: "jo.evans@world.test",
      role: "admin",
      invitedBy: world.admin.id,
      expiresAt: inDays(7, now),
      acceptedAt: null,
      revokedAt: null,
    });
    expect(await auditFor(invitationId)).toEqual([
      expect.objectContaining({ actorId: world.admin.id, candidateId: null, action: "create" }),
    ]);
  });

  it("refuses an address that already belongs to staff or to a candidate, storing nothing", async () => {
    const before = await testDb.db.select().from(staffInvitations);
    expect(await createStaffInvitation(world.admin, { email: "consultant-a@world.test", role: "admin" })).toEqual({ status: "staff", role: "consultant" });
    expect(await createStaffInvitation(world.admin, { email: "admin@world.test", role: "consultant" })).toEqual({ status: "staff", role: "admin" });
    expect(await createStaffInvitation(world.admin, { email: "candidate-a@world.test", role: "consultant" })).toEqual({ status: "candidate" });
    expect(await testDb.db.select().from(staffInvitations)).toEqual(before);
    expect((await testDb.db.select().from(users).where(eq(users.id, world.candidateA.id)))[0]!.role).toBe("candidate");
  });

  it("points to the invitation already waiting instead of making a second", async () => {
    const first = await created("waiting@world.test");
    const again = await createStaffInvitation(world.admin, { email: "waiting@world.test", role: "admin" });
    expect(again).toMatchObject({ status: "pending", invitationId: first.invitationId, role: "consultant" });
    expect(await testDb.db.select().from(staffInvitations).where(eq(staffInvitations.email, "waiting@world.test"))).toHaveLength(1);
  });

  it("waits for another admin's invitation to the same address, then points to it instead of making a second", async () => {
    let second: Promise<CreateInvitationResult> | undefined;
    await testDb.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${invitationLockKey("race@world.test")}))`);
      await tx.insert(staffInvitations).values({ email: "race@world.test", role: "consultant", invitedBy: world.admin.id, expiresAt: inDays(7) });
      second = createStaffInvitation(world.admin, { email: "race@world.test", role: "admin" });
      // On Postgres the second call is now blocked on the lock; without it, it would not see this row and make another.
      await tx.execute(sql`select pg_sleep(0.3)`);
    });
    expect(await second).toMatchObject({ status: "pending", role: "consultant" });
    expect(await testDb.db.select().from(staffInvitations).where(eq(staffInvitations.email, "race@world.test"))).toHaveLength(1);
  });

  it("invites again once the earlier invitation has expired", async () => {
    const old = await created("expired@world.test");
    const later = inDays(8);
    const fresh = await createStaffInvitation(world.admin, { email: "expired@world.test", role: "consultant" }, later);
    expect(fresh).toMatchObject({ status: "created" });
    expect(fresh.status === "created" && fresh.invitationId).not.toBe(old.invitationId);
  });
});

describe("resendStaffInvitation", () => {
  it("gives a waiting invitation a fresh week and audits it", async () => {
    const { invitationId } = await created("resend@world.test");
    const later = inDays(3);
    expect(await resendStaffInvitation(world.admin, invitationId, later)).toEqual({ email: "resend@world.test" });
    expect((await invitationRow(invitationId)).expiresAt).toEqual(inDays(7, later));
    expect((await auditFor(invitationId)).map((row) => row.action)).toEqual(["create", "update"]);
  });

  it("does nothing to an invitation that is revoked, accepted or expired", async () => {
    const revoked = await created("resend-revoked@world.test");
    await revokeStaffInvitation(world.admin, revoked.invitationId);
    expect(await resendStaffInvitation(world.admin, revoked.invitationId)).toBeNull();

    const expired = await created("resend-expired@world.test");
    expect(await resendStaffInvitation(world.admin, expired.invitationId, inDays(8))).toBeNull();
    expect((await invitationRow(expired.invitationId)).expiresAt.getTime()).toBeLessThan(inDays(8).getTime());

    const accepted = await created("resend-accepted@world.test");
    const [invitee] = await testDb.db.insert(users).values({ email: "resend-accepted@world.test" }).returning();
    await acceptStaffInvitation(testDb.db, invitee!.id);
    expect(await resendStaffInvitation(world.admin, accepted.invitationId)).toBeNull();
    expect((await auditFor(accepted.invitationId)).map((row) => row.action)).toEqual(["create"]);
  });
});

describe("revokeStaffInvitation", () => {
  it("revokes a waiting invitation once, so signing in no longer grants its role", async () => {
    const { invitationId } = await created("revoke@world.test", "admin");
    expect(await revokeStaffInvitation(world.admin, invitationId)).toBe(true);
    expect(await revokeStaffInvitation(world.admin, invitationId)).toBe(false);
    expect((await invitationRow(invitationId)).revokedAt).toBeInstanceOf(Date);
    expect((await auditFor(invitationId)).map((row) => row.action)).toEqual(["create", "delete"]);
    const [invitee] = await testDb.db.insert(users).values({ email: "revoke@world.test" }).returning();
    expect(await acceptStaffInvitation(testDb.db, invitee!.id)).toBeNull();
  });
});

describe("listStaffInvitations", () => {
  it("lists invitations newest first with what became of each", async () => {
    const list = await listStaffInvitations(world.admin, inDays(8));
    const state = (email: string) => list.filter((row) => row.email === email).map((row) => row.state);
    expect(state("waiting@world.test")).toEqual(["expired"]);
    expect(state("resend-accepted@world.test")).toEqual(["accepted"]);
    expect(state("revoke@world.test")).toEqual(["revoked"]);
    // Re-invited on day 8: the new one waits, the first has lapsed.
    expect(state("expired@world.test")).toEqual(["pending", "expired"]);
    expect((await listStaffInvitations(world.admin)).find((row) => row.email === "waiting@world.test")?.state).toBe("pending");
    expect(list[0]).toMatchObject({ inviterName: "Admin" });
    expect(Object.keys(list[0]!).sort()).toEqual(["createdAt", "email", "id", "inviterName", "role", "state", "stateAt"]);
  });
});

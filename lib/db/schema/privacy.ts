import "server-only";
import {
  bigint,
  boolean,
  check,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { consentPurposes } from "../../domain/values";
import { users } from "./auth";
import { oneOf } from "./check";

/** Append-only: the newest row per (user, purpose) is the current answer. */
export const consents = pgTable(
  "consents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: consentPurposes }).notNull(),
    granted: boolean("granted").notNull(),
    source: text("source").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("consents_purpose_check", oneOf(t.purpose, consentPurposes)),
    index("consents_user_purpose_idx").on(t.userId, t.purpose, t.recordedAt),
  ],
);

/** candidateIds: who a list showed; toStage: where a stage move took an application; byClient: done
 *  through an employer's feedback link; the rest, a change to a member of staff (entity "staff_member"). */
export type AuditDetails = {
  candidateIds?: string[];
  toStage?: string;
  /** Done by an employer through their feedback link: there is no account to name. */
  byClient?: boolean;
  deactivated?: boolean;
  successorId?: string;
  moved?: number;
  toRole?: string;
  /** A failed message an admin queued again, by the id of the failed row. */
  retryOf?: string;
  /** A lifted email suppression's reason (bounced or complained). */
  reason?: string;
};

/** A list view's one line has no candidate_id; it names those it listed in details,
 *  which the GIN index finds by containment. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    candidateId: uuid("candidate_id").references(() => users.id, { onDelete: "cascade" }),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    details: jsonb("details").$type<AuditDetails>(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("audit_log_action_check", oneOf(t.action, ["view", "create", "update", "delete"])),
    index("audit_log_candidate_at_idx").on(t.candidateId, t.at),
    index("audit_log_actor_at_idx").on(t.actorId, t.at),
    index("audit_log_details_idx").using("gin", t.details.op("jsonb_path_ops")),
    // Append-only in time order: a block range index finds the lines old enough to prune for a few pages.
    index("audit_log_at_brin_idx").using("brin", t.at),
  ],
);

/** Only the token's hash is stored, so a database leak exposes no one's feed. */
export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("calendar_feeds_user_idx").on(t.userId)],
);

import "server-only";
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { erasureReasons, roles } from "../../domain/values";
import { oneOf } from "./check";

// Users and the tables Auth.js's Drizzle adapter needs. The adapter addresses
// columns by their TypeScript names, so those follow Auth.js; SQL stays snake_case.

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name"),
    email: text("email").notNull().unique(),
    emailVerified: timestamp("email_verified", { withTimezone: true, mode: "date" }),
    image: text("image"),
    role: text("role", { enum: roles }).notNull().default("candidate"),
    timeZone: text("time_zone").notNull().default("Europe/London"),
    consultantId: uuid("consultant_id").references((): AnyPgColumn => users.id, {
      onDelete: "set null",
    }),
    remindersEnabled: boolean("reminders_enabled").notNull().default(true),
    digestEnabled: boolean("digest_enabled").notNull().default(true),
    /** The consultant new agency candidates go to; at most one (see the index below). */
    intakeConsultant: boolean("intake_consultant").notNull().default(false),
    /** An offboarded member of staff: they cannot sign in. */
    deactivatedAt: timestamp("deactivated_at", { withTimezone: true }),
    /** Retention (lib/retention): the last sign-in, the last yearly "keep your details?" email, the
     *  last answer "keep", and an erasure the daily pass will carry out unless something cancels it. */
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
    retentionWarnedAt: timestamp("retention_warned_at", { withTimezone: true }),
    retentionKeptAt: timestamp("retention_kept_at", { withTimezone: true }),
    erasureDueAt: timestamp("erasure_due_at", { withTimezone: true }),
    erasureReason: text("erasure_reason", { enum: erasureReasons }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("users_role_check", oneOf(t.role, roles)),
    check("users_email_lowercase_check", sql`${t.email} = lower(${t.email})`),
    check("users_not_own_consultant_check", sql`${t.consultantId} is distinct from ${t.id}`),
    check("users_erasure_reason_values_check", oneOf(t.erasureReason, erasureReasons)),
    check("users_erasure_reason_check", sql`(${t.erasureDueAt} is null) = (${t.erasureReason} is null)`),
    index("users_erasure_due_idx").on(t.erasureDueAt).where(sql`${t.erasureDueAt} is not null`),
    index("users_consultant_id_idx").on(t.consultantId),
    uniqueIndex("users_one_intake_consultant_idx").on(t.intakeConsultant).where(sql`${t.intakeConsultant}`),
  ],
);

export const accounts = pgTable(
  "accounts",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [
    primaryKey({ columns: [t.provider, t.providerAccountId] }),
    index("accounts_user_id_idx").on(t.userId),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    sessionToken: text("session_token").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("sessions_user_id_idx").on(t.userId)],
);

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/** The email is an ordinary Auth.js sign-in link; signing in while the invitation is open grants its role. */
export const staffInvitations = pgTable(
  "staff_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    role: text("role", { enum: roles }).notNull(),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    /** Auth.js's stored hash of each link sent for it, so revoking or accepting can delete those links. */
    linkTokens: text("link_tokens").array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [
    check("staff_invitations_role_check", sql`${t.role} in ('consultant', 'admin')`),
    check("staff_invitations_email_lowercase_check", sql`${t.email} = lower(${t.email})`),
    index("staff_invitations_email_idx").on(t.email, t.createdAt),
  ],
);

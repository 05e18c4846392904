import "server-only";
import { createHash } from "node:crypto";
import NextAuth, { type NextAuthConfig } from "next-auth";
import type { EmailConfig } from "next-auth/providers/email";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { getDb } from "@/lib/db/client";
import { accounts, sessions, users, verificationTokens } from "@/lib/db/schema/auth";
import { brand } from "@/lib/config/brand";
import { sendEmail } from "@/lib/email/outbox";
import SignInLinkEmail, { signInSubject } from "@/emails/sign-in-link";
import type { Role } from "@/lib/domain/values";
import { authSecret } from "@/lib/security/secret";
import { scrubTokens } from "@/lib/log/scrub-tokens";
import { staffInvitationProvider } from "./staff-invitation-provider";
import { acceptStaffInvitation, findOpenStaffInvitation, staffInvitationProviderId } from "./staff-invitations";
import { logger } from "@/lib/log/logger";
import { sessionMaxAgeSeconds } from "./session-lifetime";
import { noteSignIn } from "./sign-in-activity";

export const signInLinkMinutes = 10;

/** The magic link goes through our outbox, so it works with Resend or the local mailbox. */
const emailProvider: EmailConfig = {
  id: "email",
  type: "email",
  name: "Email",
  maxAge: signInLinkMinutes * 60,
  async sendVerificationRequest({ identifier, url, token }) {
    await sendEmail({
      to: identifier,
      template: "sign-in-link",
      subject: signInSubject(brand.siteName),
      element: SignInLinkEmail({ url, expiresInMinutes: signInLinkMinutes, siteName: brand.siteName }),
      // One row per link: a retried request for the same token reuses it.
      idempotencyKey: `sign-in:${createHash("sha256").update(token).digest("hex")}`,
    });
  },
  options: {},
};

// A function config, so `next build` importing this module never touches the database.
export const { handlers, auth, signIn, signOut } = NextAuth((): NextAuthConfig => configure(authSecret()));

/** An offboarded member of staff (users.deactivated_at): no link is sent and none signs them in. */
function isDeactivated(user: object): boolean {
  return Boolean((user as { deactivatedAt?: Date | null }).deactivatedAt);
}

function configure(secret: string): NextAuthConfig {
  return {
    adapter: DrizzleAdapter(getDb(), {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    providers: [emailProvider, staffInvitationProvider(secret)],
    session: { strategy: "database", maxAge: sessionMaxAgeSeconds, updateAge: 24 * 60 * 60 },
    secret,
    trustHost: true,
    pages: {
      signIn: "/sign-in",
      verifyRequest: "/sign-in/check-email",
      error: "/auth-error",
      signOut: "/sign-out",
    },
    events: {
      // Auth.js logs (and does not rethrow) an error here, so a failure leaves the invitation open
      // for the next sign-in.
      async signIn({ user }) {
        if (!user.id) return;
        // First and on its own: a failure elsewhere must not leave a returning candidate due for erasure.
        await noteSignIn(getDb(), user.id, new Date()).catch((error: unknown) => logger().error({ err: error }, "auth: sign-in not recorded"));
        await acceptStaffInvitation(getDb(), user.id);
      },
    },
    logger: {
      // A refused link or a missing CSRF token is already explained to the visitor: one line, no stack.
      // By `type`: a production build minifies the class names that `name` comes from.
      error(error) {
        const kind = (error as { type?: unknown }).type;
        const name = typeof kind === "string" ? kind : error.name;
        const expected = ["Verification", "AccessDenied", "MissingCSRF", "UnknownAction", "InvalidCheck"];
        if (expected.includes(name)) logger().warn({ kind: name }, `auth: ${scrubTokens(error.message.split(".")[0] ?? "")}`);
        else logger().error({ err: error }, "auth failed");
      },
    },
    callbacks: {
      // Runs when a link is requested and again when it is followed, so revoking an invitation
      // disables the links already sent, and deactivating someone the links they hold.
      async signIn({ user, account, email }) {
        // Asking answers as if a link went, so the page does not tell who was offboarded.
        if (isDeactivated(user)) return email?.verificationRequest ? "/sign-in/check-email" : false;
        if (account?.provider !== staffInvitationProviderId) return true;
        return Boolean(user.email && (await findOpenStaffInvitation(getDb(), user.email)));
      },
      // The session the browser can read: exactly these fields, never the row.
      session({ session, user }) {
        const row = user as typeof user & { role: Role };
        // Deactivation deletes their sessions too; a session that slipped through has no one in it.
        // `user: null` and not an absent user: server-side, next-auth fills an absent one with the row.
        if (isDeactivated(row)) return { expires: session.expires, user: null } as unknown as typeof session;
        return {
          expires: session.expires,
          user: { id: row.id, name: row.name ?? null, email: row.email, role: row.role },
        } as unknown as typeof session;
      },
    },
  };
}

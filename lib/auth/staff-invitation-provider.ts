import "server-only";
import { createHash } from "node:crypto";
import type { EmailConfig } from "next-auth/providers/email";
import { getDb } from "@/lib/db/client";
import { brand } from "@/lib/config/brand";
import { sendEmail } from "@/lib/email/outbox";
import StaffInvitationEmail, { staffInvitationSubject } from "@/emails/staff-invitation";
import { findOpenStaffInvitation, recordInvitationLink, staffInvitationLifetimeMs, staffInvitationProviderId } from "./staff-invitations";

/** Auth.js stores sha256(token + provider secret). A secret of its own means an invitation token
 *  matches nothing on /callback/email, and an ordinary sign-in token nothing on this callback. */
export function staffInvitationSecret(authSecret: string): string {
  return `${authSecret}:${staffInvitationProviderId}`;
}

/** What Auth.js keeps in verification_tokens.token for this link. */
export function storedTokenHash(token: string, secret: string): string {
  return createHash("sha256").update(`${token}${secret}`).digest("hex");
}

/** Auth.js's own one-time link, valid as long as the invitation. auth.ts's signIn callback runs it only
 *  while the address has an open invitation, so it is no way round the ten-minute link limit. */
export function staffInvitationProvider(authSecret: string): EmailConfig {
  const secret = staffInvitationSecret(authSecret);
  return {
    id: staffInvitationProviderId,
    type: "email",
    name: "Staff invitation",
    maxAge: staffInvitationLifetimeMs / 1000,
    secret,
    async sendVerificationRequest({ identifier, url, token, expires }) {
      const invitation = await findOpenStaffInvitation(getDb(), identifier);
      if (!invitation) throw new Error("No open staff invitation for this address");
      // Revoking or accepting the invitation deletes the links recorded here.
      await recordInvitationLink(getDb(), invitation.id, storedTokenHash(token, secret));
      // The link and the invitation end together in practice; say the earlier.
      const expiresAt = expires < invitation.expiresAt ? expires : invitation.expiresAt;
      await sendEmail({
        to: identifier,
        template: "staff-invitation",
        subject: staffInvitationSubject({ siteName: brand.siteName, agencyName: brand.agencyName }),
        element: StaffInvitationEmail({
          url,
          role: invitation.role,
          inviterName: invitation.inviterName,
          expiresAt,
          timeZone: brand.defaultTimeZone,
          siteName: brand.siteName,
          agencyName: brand.agencyName,
        }),
        idempotencyKey: `staff-invitation:${createHash("sha256").update(token).digest("hex")}`,
      });
    },
    options: {},
  };
}

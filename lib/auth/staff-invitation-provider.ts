import "server-only";
import { createHash } from "node:crypto";
import type { EmailConfig } from "next-auth/providers/email";
import { getDb } from "@/lib/db/client";
import { brand } from "@/lib/config/brand";
import { sendEmail } from "@/lib/email/outbox";
import StaffInvitationEmail, { staffInvitationSubject } from "@/emails/staff-invitation";
import { findOpenStaffInvitation, staffInvitationLifetimeMs, staffInvitationProviderId } from "./staff-invitations";

/** Auth.js's own one-time link, valid as long as the invitation. auth.ts's signIn callback runs it only
 *  while the address has an open invitation, so it is no way round the ten-minute link limit. */
export const staffInvitationProvider: EmailConfig = {
  id: staffInvitationProviderId,
  type: "email",
  name: "Staff invitation",
  maxAge: staffInvitationLifetimeMs / 1000,
  async sendVerificationRequest({ identifier, url, token, expires }) {
    const invitation = await findOpenStaffInvitation(getDb(), identifier);
    if (!invitation) throw new Error("No open staff invitation for this address");
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

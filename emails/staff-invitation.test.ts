import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/email/render";
import StaffInvitationEmail, { staffInvitationSubject, type StaffInvitationProps } from "./staff-invitation";

const render = (props: StaffInvitationProps) => renderEmail(createElement(StaffInvitationEmail, props));
const preview = StaffInvitationEmail.PreviewProps;

describe("staff invitation email", () => {
  it("names who invited them, the role, the link and its last day in UK time", async () => {
    const { text, html } = await render(preview);
    expect(text).toContain("Grace Okafor has invited you to join Next Steps as a consultant.");
    expect(text).toContain("the candidates assigned to you");
    expect(text).toContain(`Accept and sign in ${preview.url}`);
    expect(text).toContain("The link works once, until 12 November 2026.");
    expect(html).toContain(`href="${preview.url.replaceAll("&", "&amp;")}"`);
    for (const part of [text, html]) expect(part).not.toMatch(/\bundefined\b|\bnull\b|NaN|Invalid Date/);
    expect(staffInvitationSubject(preview)).toBe("You are invited to join Connections Recruitment on Next Steps");
  });

  it("speaks for the agency when the inviter's account is gone, and describes the admin role", async () => {
    const { text } = await render({ ...preview, inviterName: null, role: "admin", expiresAt: new Date("2026-07-12T23:30:00Z") });
    expect(text).toContain("Connections Recruitment has invited you to join Next Steps as an admin.");
    expect(text).toContain("assign candidates to consultants");
    // 23:30 UTC on 12 July is 00:30 on the 13th in London (BST).
    expect(text).toContain("until 13 July 2026. After that, ask Connections Recruitment to send a new invitation.");
  });
});

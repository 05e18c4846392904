"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/dal";
import { attempt } from "@/lib/actions/attempt";
import { signIn } from "@/lib/auth/auth";
import { staffInvitationProviderId } from "@/lib/auth/staff-invitations";
import { invalidForm, refusedForm, typedValues, type FormState } from "@/lib/actions/form-state";
import { formatDate } from "@/lib/domain/format";
import { invitationIdSchema, invitationInputSchema } from "@/lib/admin/invitation-schema";
import { consumeInvitationAllowance } from "@/lib/admin/invitation-limits";
import { createStaffInvitation, resendStaffInvitation, revokeStaffInvitation } from "@/lib/admin/invitations";
import { deactivationInputSchema, roleChangeInputSchema } from "@/lib/admin/staff-account-schema";
import { changeStaffRole, deactivateStaffMember } from "@/lib/admin/staff-accounts";

export type InviteFormState = FormState & { pendingInvitationId?: string };

const roleWords = { consultant: "a consultant", admin: "an admin" } as const;

/** Auth.js makes the one-time link and our provider mails it; false if that failed (the row stays, to resend). */
async function sendInvitationLink(email: string): Promise<boolean> {
  const sent = await attempt("[admin] could not send the invitation email", () =>
    signIn(staffInvitationProviderId, { email, redirect: false, redirectTo: "/consultant" }),
  );
  return sent.ok;
}

function tooMany(retryAfterSeconds: number, formData?: FormData): FormState {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return refusedForm(`Too many invitations just now. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`, formData);
}

export async function inviteStaffAction(_previous: InviteFormState, formData: FormData): Promise<InviteFormState> {
  const caller = await requireRole(["admin"], "/admin");
  const parsed = invitationInputSchema.safeParse({ email: formData.get("email") ?? undefined, role: formData.get("role") ?? undefined });
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const { email, role } = parsed.data;
  const allowance = await consumeInvitationAllowance(caller, email);
  if (!allowance.allowed) return tooMany(allowance.retryAfterSeconds, formData);

  const created = await attempt("[admin] invitation failed", () => createStaffInvitation(caller, { email, role }));
  if (!created.ok) return refusedForm("We could not create the invitation just now. Please try again.", formData);
  const result = created.value;
  const refuse = (message: string, pendingInvitationId?: string): InviteFormState => ({
    status: "error",
    message: "Please correct the highlighted fields.",
    fieldErrors: { email: [message] },
    values: typedValues(formData),
    pendingInvitationId,
  });
  switch (result.status) {
    case "staff":
      return refuse(`This address already belongs to ${result.role === "admin" ? "an admin" : "a consultant"} on the team.`);
    case "candidate":
      return refuse(
        "This address belongs to a candidate's account, so it cannot be invited as staff. Invite a different address, such as their work one.",
      );
    case "pending":
      return refuse(
        `An invitation to this address is already waiting (as ${roleWords[result.role]}, until ${formatDate(result.expiresAt)}). You can resend it instead.`,
        result.invitationId,
      );
  }
  const sent = await sendInvitationLink(result.email);
  revalidatePath("/admin");
  if (!sent) return refusedForm(`The invitation to ${result.email} is saved, but its email could not be sent just now. Use "Resend" in the list below.`);
  return { status: "success", message: `Invitation sent to ${result.email}. Their link works for 7 days.` };
}

export async function resendInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const caller = await requireRole(["admin"], "/admin");
  const parsed = invitationIdSchema.safeParse({ invitationId: formData.get("invitationId") ?? undefined });
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const allowance = await consumeInvitationAllowance(caller, parsed.data.invitationId);
  if (!allowance.allowed) return tooMany(allowance.retryAfterSeconds);
  const resent = await attempt("[admin] resend failed", () => resendStaffInvitation(caller, parsed.data.invitationId));
  if (!resent.ok) return refusedForm("We could not resend the invitation just now. Please try again.");
  const renewed = resent.value;
  revalidatePath("/admin");
  if (!renewed) return refusedForm("That invitation has been accepted, revoked or has expired. Invite the address again instead.");
  if (!(await sendInvitationLink(renewed.email))) return refusedForm("The email could not be sent just now. Please try again in a moment.");
  return { status: "success", message: `A new invitation link is on its way to ${renewed.email}. It works for 7 days.` };
}

export async function revokeInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const caller = await requireRole(["admin"], "/admin");
  const parsed = invitationIdSchema.safeParse({ invitationId: formData.get("invitationId") ?? undefined });
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const revoked = await attempt("[admin] revoke failed", () => revokeStaffInvitation(caller, parsed.data.invitationId));
  if (!revoked.ok) return refusedForm("We could not revoke the invitation just now. Please try again.");
  revalidatePath("/admin");
  if (!revoked.value) return refusedForm("That invitation was no longer waiting: it has been accepted, revoked or has expired.");
  return { status: "success", message: "Invitation revoked. The links already sent no longer work." };
}

export async function deactivateStaffAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const caller = await requireRole(["admin"], "/admin");
  const parsed = deactivationInputSchema.safeParse({ staffId: formData.get("staffId") ?? undefined, successorId: formData.get("successorId") ?? undefined });
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const done = await attempt("[admin] deactivation failed", () => deactivateStaffMember(caller, parsed.data));
  if (!done.ok) return refusedForm("We could not deactivate them just now. Nothing was changed. Please try again.", formData);
  const result = done.value;
  const successorError = (message: string): FormState => ({
    status: "error",
    message: "Please correct the highlighted fields.",
    fieldErrors: { successorId: [message] },
    values: typedValues(formData),
  });
  switch (result.status) {
    case "not-staff":
      return refusedForm("They are no longer an active member of staff, so there is nothing to deactivate.");
    case "last-admin":
      return refusedForm("They are the only active admin. Make someone else an admin first, so the team is never without one.");
    case "needs-successor":
      return successorError(`Choose the consultant who takes over their ${result.candidates === 1 ? "candidate" : `${result.candidates} candidates`}.`);
    case "bad-successor":
      return successorError("Choose an active consultant other than the person leaving.");
  }
  revalidatePath("/admin");
  revalidatePath("/admin/candidates");
  const handedOver =
    result.movedCandidates === 0
      ? "They had no candidates to hand over."
      : `Their ${result.movedCandidates === 1 ? "candidate has" : `${result.movedCandidates} candidates have`} moved to ${result.successorName}.`;
  return { status: "success", message: `${result.name} is deactivated and signed out everywhere. ${handedOver}` };
}

export async function changeStaffRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const caller = await requireRole(["admin"], "/admin");
  const parsed = roleChangeInputSchema.safeParse({ staffId: formData.get("staffId") ?? undefined, role: formData.get("role") ?? undefined });
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const done = await attempt("[admin] role change failed", () => changeStaffRole(caller, parsed.data));
  if (!done.ok) return refusedForm("We could not change their role just now. Please try again.", formData);
  const result = done.value;
  switch (result.status) {
    case "not-staff":
      return refusedForm("They are no longer an active member of staff.");
    case "last-admin":
      return refusedForm("They are the only active admin. Make someone else an admin first, so the team is never without one.", formData);
    case "unchanged":
      return { status: "success", message: `${result.name} is already ${roleWords[result.role]}.` };
  }
  revalidatePath("/admin");
  revalidatePath("/admin/candidates");
  return { status: "success", message: `${result.name} is now ${roleWords[result.role]}.` };
}

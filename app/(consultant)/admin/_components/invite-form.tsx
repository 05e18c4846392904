"use client";

import { useActionState } from "react";
import { RadioGroup, fieldError } from "@/components/forms/form-fields";
import { FormStatus } from "@/components/forms/form-status";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { idleFormState } from "@/lib/actions/form-state";
import { inviteStaffAction, resendInvitationAction, type InviteFormState } from "../actions";

const roles = [
  { value: "consultant", label: "Consultant", hint: "Sees the candidates assigned to them." },
  { value: "admin", label: "Admin", hint: "Sees every candidate, invites staff, assigns candidates and reads the audit log." },
];

const initial: InviteFormState = idleFormState;

export function InviteForm() {
  const [state, formAction, pending] = useActionState(inviteStaffAction, initial);
  const typed = state.status === "error" ? state.values : undefined;

  return (
    <div className="max-w-xl">
      <form action={formAction} noValidate>
        <TextField
          id="invite-email"
          name="email"
          type="email"
          label="Email address"
          hint="The address they will sign in with. It cannot be one a candidate already uses."
          autoComplete="off"
          maxLength={254}
          defaultValue={typed?.email ?? ""}
          error={fieldError(state, "email")}
        />
        <RadioGroup name="role" legend="Joins as" options={roles} defaultValue={typed?.role ?? "consultant"} error={fieldError(state, "role")} />
        <Button type="submit" disabled={pending} className="mt-6">
          {pending ? "Sending…" : "Send invitation"}
        </Button>
        <FormStatus state={state} className="mt-4" />
      </form>
      {state.pendingInvitationId ? <ResendOffer key={state.pendingInvitationId} invitationId={state.pendingInvitationId} /> : null}
    </div>
  );
}

/** When the address already has an invitation waiting: send it again rather than a second one. */
function ResendOffer({ invitationId }: { invitationId: string }) {
  const [state, formAction, pending] = useActionState(resendInvitationAction, idleFormState);
  return (
    <form action={formAction} className="mt-4">
      <input type="hidden" name="invitationId" value={invitationId} />
      <Button type="submit" variant="secondary" disabled={pending || state.status === "success"}>
        {pending ? "Resending…" : "Resend the waiting invitation"}
      </Button>
      <FormStatus state={state} className="mt-4" />
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { idleFormState } from "@/lib/actions/form-state";
import { resendInvitationAction, revokeInvitationAction } from "../actions";

type Props = { invitationId: string; email: string; open: boolean };

/** Stays mounted when the invitation stops being open, so the outcome is still read out. */
export function InvitationActions({ invitationId, email, open }: Props) {
  const [resent, resend, resending] = useActionState(resendInvitationAction, idleFormState);
  const [revoked, revoke, revoking] = useActionState(revokeInvitationAction, idleFormState);
  const busy = resending || revoking;
  return (
    <div className="space-y-2">
      {open ? (
        <div className="flex flex-wrap gap-2">
          <form action={resend}>
            <input type="hidden" name="invitationId" value={invitationId} />
            <button type="submit" disabled={busy} className="button button-secondary px-3 py-1 text-sm disabled:opacity-70">
              {resending ? "Resending…" : "Resend"}
              <span className="sr-only"> the invitation to {email}</span>
            </button>
          </form>
          <form action={revoke}>
            <input type="hidden" name="invitationId" value={invitationId} />
            <button type="submit" disabled={busy} className="button button-secondary border-red-800 px-3 py-1 text-sm text-red-800 disabled:opacity-70">
              {revoking ? "Revoking…" : "Revoke"}
              <span className="sr-only"> the invitation to {email}</span>
            </button>
          </form>
        </div>
      ) : null}
      <FormStatus state={resent} />
      <FormStatus state={revoked} />
    </div>
  );
}

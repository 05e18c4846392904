"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
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
            <Button type="submit" variant="secondary" size="sm" disabled={busy}>
              {resending ? "Resending…" : "Resend"}
              <span className="sr-only"> the invitation to {email}</span>
            </Button>
          </form>
          <form action={revoke}>
            <input type="hidden" name="invitationId" value={invitationId} />
            <Button type="submit" variant="danger" size="sm" disabled={busy}>
              {revoking ? "Revoking…" : "Revoke"}
              <span className="sr-only"> the invitation to {email}</span>
            </Button>
          </form>
        </div>
      ) : null}
      <FormStatus state={resent} />
      <FormStatus state={revoked} />
    </div>
  );
}

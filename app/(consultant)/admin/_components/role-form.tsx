"use client";

import { useActionState } from "react";
import { FieldNotes, describedBy } from "@/components/forms/text-field";
import { fieldError } from "@/components/forms/form-fields";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { idleFormState } from "@/lib/actions/form-state";
import type { StaffRole } from "@/lib/domain/values";
import { changeStaffRoleAction } from "../actions";

type Props = { staffId: string; label: string; role: StaffRole };

export function RoleForm({ staffId, label, role }: Props) {
  const [state, formAction, pending] = useActionState(changeStaffRoleAction, idleFormState);
  const id = `role-${staffId}`;
  const error = fieldError(state, "role");
  return (
    <form action={formAction}>
      <input type="hidden" name="staffId" value={staffId} />
      <label htmlFor={id} className="sr-only">
        Role of {label}
      </label>
      <FieldNotes id={id} error={error} />
      <div className="flex flex-wrap items-center gap-2">
        <select
          id={id}
          name="role"
          defaultValue={role}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, undefined, error)}
          className="rounded border border-muted bg-white px-2 py-1"
        >
          <option value="consultant">Consultant</option>
          <option value="admin">Admin</option>
        </select>
        <Button type="submit" variant="secondary" size="sm" disabled={pending}>
          {pending ? "Saving…" : "Change role"}
          <span className="sr-only"> of {label}</span>
        </Button>
      </div>
      <FormStatus state={state} className="mt-1 text-sm" />
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import { TimeZoneField } from "@/components/forms/time-zone-field";
import type { TimeZoneList } from "@/lib/plans/time-zone-choices";
import { idleFormState } from "@/lib/actions/form-state";
import { updateSettingsAction } from "../actions";
import { FormStatus } from "@/components/forms/form-status";
import { buttonClass } from "@/components/ui/button";

export type SettingsFormProps = {
  name: string;
  timeZone: string;
  remindersEnabled: boolean;
  digestEnabled: boolean;
  zones: TimeZoneList;
};

const timeZoneHint = "Dates, reminders and \"today\" on your dashboard follow this zone.";

export function SettingsForm({ zones, ...saved }: SettingsFormProps) {
  const [state, formAction, pending] = useActionState(updateSettingsAction, idleFormState);
  const typed = state.status === "error" ? state.values : undefined;
  const error = (name: string) => state.fieldErrors?.[name]?.[0];
  const checked = (name: "remindersEnabled" | "digestEnabled") => (typed ? typed[name] === "on" : saved[name]);

  return (
    <form action={formAction} noValidate>
      <TextField
        id="name"
        name="name"
        label="Your name"
        hint="How we greet you in emails and on your thank-you notes."
        autoComplete="name"
        maxLength={120}
        defaultValue={typed?.name ?? saved.name}
        error={error("name")}
      />
      <TimeZoneField
        id="timeZone"
        name="timeZone"
        label="Time zone"
        hint={timeZoneHint}
        defaultValue={typed?.timeZone ?? saved.timeZone}
        error={error("timeZone")}
        zones={zones}
      />
      <fieldset className="mt-6">
        <legend className="font-semibold">Emails from us</legend>
        <Checkbox
          name="remindersEnabled"
          label="Reminders"
          hint="When a thank-you note or a follow-up is due, and the day before an interview."
          defaultChecked={checked("remindersEnabled")}
        />
        <Checkbox
          name="digestEnabled"
          label="Weekly digest"
          hint="Once a week: your open applications and what is coming up."
          defaultChecked={checked("digestEnabled")}
        />
      </fieldset>
      <button type="submit" disabled={pending} className={buttonClass("primary", "md", "mt-6")}>
        {pending ? "Saving…" : "Save settings"}
      </button>
      <FormStatus state={state} className="mt-4" />
    </form>
  );
}

function Checkbox({ name, label, hint, defaultChecked }: { name: string; label: string; hint: string; defaultChecked: boolean }) {
  return (
    <div className="mt-2 flex items-start gap-2">
      <input
        type="checkbox"
        id={name}
        name={name}
        defaultChecked={defaultChecked}
        aria-describedby={`${name}-hint`}
        className="mt-1.5 size-4 accent-brand"
      />
      <div>
        <label htmlFor={name}>{label}</label>
        <p id={`${name}-hint`} className="text-sm text-muted">{hint}</p>
      </div>
    </div>
  );
}

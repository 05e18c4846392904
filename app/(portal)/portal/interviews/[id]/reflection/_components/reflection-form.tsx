"use client";

import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { TextAreaField } from "@/components/forms/form-fields";
import { FormStatus } from "@/components/forms/form-status";
import { FieldNotes, describedBy } from "@/components/forms/text-field";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { stillWantAnswers } from "@/lib/domain/values";
import { stillWantLabels } from "@/lib/journey/reflection-schema";
import { QuestionRows } from "./question-rows";
import { ScoreFieldset } from "./score-fieldset";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  defaults: Record<string, string>;
  viaAgency: boolean;
};

export function ReflectionForm({ action, defaults, viaAgency }: Props) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  // After a save or a refusal the form shows what was sent, not what it started with.
  const values = state.values ?? defaults;
  const error = (name: string) => state.fieldErrors?.[name]?.[0];

  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <h2 className="text-xl font-semibold">How it went</h2>
      <ScoreFieldset name="rapport" value={values.rapport} error={error("rapport")} />
      <ScoreFieldset name="answers" value={values.answers} error={error("answers")} />
      <ScoreFieldset name="relevance" value={values.relevance} error={error("relevance")} />
      <TextAreaField id="wentWell" label="What went well" hint="Your strongest moments, and the tactics that worked" rows={4} maxLength={4000} defaultValue={values.wentWell} error={error("wentWell")} />
      <TextAreaField id="toImprove" label="What to improve" hint="Where you were weakest, and what you would do differently" rows={4} maxLength={4000} defaultValue={values.toImprove} error={error("toImprove")} />

      <QuestionRows values={values} error={error} />

      <h2 className="mt-8 text-xl font-semibold">Your decision</h2>
      <fieldset className="mt-4" aria-describedby={describedBy("stillWant-group", "hint", error("stillWant"))}>
        <legend className="font-semibold">Still want the job?</legend>
        <FieldNotes
          id="stillWant-group"
          hint={`If not, we will draft a polite note withdrawing your application, ${viaAgency ? "for your consultant to pass on" : "to send to the interviewer"}.`}
          error={error("stillWant")}
        />
        <div className="mt-2 flex flex-wrap gap-3">
          {stillWantAnswers.map((answer) => (
            <label key={answer} htmlFor={`stillWant-${answer}`} className="flex cursor-pointer items-center gap-2 rounded border border-line bg-white px-3 py-2 has-checked:border-brand has-checked:bg-brand-soft">
              <input
                type="radio"
                id={`stillWant-${answer}`}
                name="stillWant"
                value={answer}
                defaultChecked={values.stillWant === answer}
                className="size-4 accent-brand"
              />
              {stillWantLabels[answer]}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="mt-8 flex items-start gap-2">
        <input
          type="checkbox"
          id="shareWithConsultant"
          name="shareWithConsultant"
          defaultChecked={values.shareWithConsultant === "on"}
          aria-describedby="shareWithConsultant-hint"
          className="mt-1.5 size-4 accent-brand"
        />
        <div>
          <label htmlFor="shareWithConsultant" className="font-semibold">
            Share this reflection with my consultant
          </label>
          <FieldNotes id="shareWithConsultant" hint="Private by default. Tick to let your consultant read this reflection." />
        </div>
      </div>

      <div className="mt-6 flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className={buttonClass("primary")}>
          {pending ? "Saving…" : "Save reflection"}
        </button>
      </div>
      <FormStatus state={state} className="mt-4" />
    </form>
  );
}

"use client";

import type { Ref } from "react";
import type { FollowUpPlan } from "@/lib/plans/follow-up-rules";
import { formatPlainDate } from "@/lib/plans/plain-date-text";
import { formatDateAndTime } from "@/lib/tools/follow-up-calculator";
import { buttonClass } from "@/components/ui/button-class";
import { Notice } from "@/components/ui/notice";

type Props = {
  plan: FollowUpPlan;
  timeZone: string;
  thankYouSent: boolean;
  /** The details have changed since these dates were worked out (they are still complete). */
  outOfDate: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onDownload: () => void;
};

export function FollowUpResult({ plan, timeZone, thankYouSent, outOfDate, headingRef, onDownload }: Props) {
  const rows: [string, string][] = [
    ["First follow-up", formatDateAndTime(plan.firstFollowUpAt, timeZone)],
    ["Second follow-up, only if you have heard nothing", formatDateAndTime(plan.secondFollowUpAt, timeZone)],
  ];
  if (plan.decisionDate) rows.push(["Their decision date", formatPlainDate(plan.decisionDate)]);
  if (!thankYouSent) rows.unshift(["Send your thank-you note by", formatDateAndTime(plan.thankYouDueAt, timeZone)]);

  return (
    <div className="mt-8 border-t border-line pt-6">
      <h3 ref={headingRef} tabIndex={-1} className="mt-0">
        {outOfDate ? "Your follow-up dates, for the details you entered before" : "Your follow-up dates"}
      </h3>
      {outOfDate ? (
        <Notice tone="warning" className="mt-3">
          You have changed the details since these dates were worked out. Choose “Work out my dates” to update them.
        </Notice>
      ) : null}
      <dl className="mt-3 space-y-3">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt className="font-semibold">{term}</dt>
            <dd className="text-lg">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4">{plan.explanation}</p>
      <p className="mt-2 text-muted">
        Two follow-ups at most. If the second brings no news, let them come to you, and keep applying elsewhere.
        Times are UK time.
      </p>
      {/* Only dates that match the details on the form go into a calendar. */}
      {outOfDate ? null : (
        <p className="mt-4">
          <button type="button" className={buttonClass("primary")} onClick={onDownload}>
            Download to your calendar (.ics)
          </button>
        </p>
      )}
    </div>
  );
}

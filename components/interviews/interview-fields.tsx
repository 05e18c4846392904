"use client";

import { useState } from "react";
import { TextField } from "@/components/forms/text-field";
import { RadioGroup, SelectField } from "@/components/forms/form-fields";
import { InterviewerRows } from "./interviewer-rows";

// Inside someone else's <form>: the candidate's form and the consultant's "log an interview" form
// post the same names, so one parser and one schema read both.

export type InterviewFieldsAudience = "candidate" | "staff";

type Props = {
  values: Record<string, string>;
  error: (name: string) => string | undefined;
  timeZones: readonly string[];
  /** Whose plan the hints talk about: "your plan" or "the candidate's plan". */
  audience: InterviewFieldsAudience;
};

const wording = {
  candidate: {
    timeZoneHint: "Where the interview's time is set; your plan's dates follow it.",
    timelineHint: "Your follow-up dates are worked out from this.",
    interviewersPurpose: "Who interviewed you, for the thank-you notes.",
  },
  staff: {
    timeZoneHint: "Where the interview's time is set; the candidate's plan dates follow it.",
    timelineHint: "The candidate's follow-up dates are worked out from this.",
    interviewersPurpose: "Who will interview the candidate, for their thank-you notes.",
  },
} as const;

const formatOptions = [
  { value: "video", label: "Video" },
  { value: "phone", label: "Phone" },
  { value: "in_person", label: "In person" },
];

const timelineOptions = [
  { value: "date", label: "They gave a date" },
  { value: "relative", label: "Within a number of days or weeks" },
  { value: "none", label: "They did not say" },
];

export function InterviewFields({ values, error, timeZones, audience }: Props) {
  const [timeline, setTimeline] = useState(values.timelineKind ?? "none");
  const words = wording[audience];

  return (
    <>
      <fieldset className="mt-4">
        <legend className="text-xl font-semibold">When</legend>
        <TextField id="round" name="round" type="number" inputMode="numeric" min={1} max={20} width="max-w-24" label="Round" hint="1 for a first interview" defaultValue={values.round} error={error("round")} />
        <div className="flex flex-wrap gap-x-6">
          <TextField id="date" name="date" type="date" width="max-w-48" label="Date" defaultValue={values.date} error={error("date")} />
          <TextField id="time" name="time" type="time" width="max-w-36" label="Start time" hint="24-hour, like 14:30" defaultValue={values.time} error={error("time")} />
        </div>
        <SelectField
          id="timeZone"
          label="Time zone"
          hint={words.timeZoneHint}
          options={timeZones.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }))}
          defaultValue={values.timeZone}
          error={error("timeZone")}
        />
        <TextField id="durationMinutes" name="durationMinutes" type="number" inputMode="numeric" min={5} max={720} width="max-w-24" label="Length in minutes" defaultValue={values.durationMinutes} error={error("durationMinutes")} />
      </fieldset>

      <fieldset className="mt-6">
        <legend className="text-xl font-semibold">Where</legend>
        <RadioGroup name="format" legend="Format" inline options={formatOptions} defaultValue={values.format} error={error("format")} />
        <TextField id="location" name="location" label="Address or place (optional)" hint="For an interview in person" defaultValue={values.location} error={error("location")} />
        <TextField id="meetingUrl" name="meetingUrl" type="url" label="Meeting link (optional)" hint="For a video interview, starting https://" defaultValue={values.meetingUrl} error={error("meetingUrl")} />
      </fieldset>

      <fieldset className="mt-6">
        <legend className="text-xl font-semibold">What they said about timing</legend>
        <RadioGroup
          name="timelineKind"
          legend="When did they say they would decide?"
          hint={words.timelineHint}
          options={timelineOptions}
          defaultValue={values.timelineKind}
          error={error("timelineKind")}
          onChange={setTimeline}
        >
          {/* Hidden rather than removed, so switching back keeps what was typed. */}
          <div hidden={timeline !== "date"} className="ml-6">
            <TextField id="timelineDate" name="timelineDate" type="date" width="max-w-48" label="The date they gave" defaultValue={values.timelineDate} error={error("timelineDate")} />
          </div>
          <div hidden={timeline !== "relative"} className="ml-6 flex flex-wrap items-start gap-x-4">
            <TextField id="timelineAmount" name="timelineAmount" type="number" inputMode="numeric" min={1} max={365} width="max-w-24" label="How many" defaultValue={values.timelineAmount} error={error("timelineAmount")} />
            <SelectField
              id="timelineUnit"
              label="Days or weeks"
              options={[
                { value: "weeks", label: "Weeks" },
                { value: "days", label: "Days" },
              ]}
              defaultValue={values.timelineUnit ?? "weeks"}
              error={error("timelineUnit")}
            />
          </div>
        </RadioGroup>
        <TextField id="followUpContact" name="followUpContact" label="Who to follow up with (optional)" hint="A name, or name and email address" defaultValue={values.followUpContact} error={error("followUpContact")} />
      </fieldset>

      <InterviewerRows values={values} error={error} purpose={words.interviewersPurpose} askTalkedAbout={audience === "candidate"} />
    </>
  );
}

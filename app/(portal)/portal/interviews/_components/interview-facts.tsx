import type { ReactNode } from "react";
import { formatCalendarDate, formatDateTime } from "@/lib/domain/format";
import type { InterviewFormat } from "@/lib/domain/values";
import { formatLabels } from "@/lib/domain/labels";

type Props = {
  startsAt: Date;
  timeZone: string;
  durationMinutes: number;
  format: InterviewFormat;
  location: string | null;
  meetingUrl: string | null;
  timelineKind: "date" | "relative" | "none";
  timelineDate: string | null;
  timelineAmount: number | null;
  timelineUnit: "days" | "weeks" | null;
  followUpContact: string | null;
  interviewers: readonly { id: string; name: string; title: string | null; email: string | null }[];
};

function timelineText({ timelineKind, timelineDate, timelineAmount, timelineUnit }: Props): string {
  if (timelineKind === "date" && timelineDate) return `They said they would decide by ${formatCalendarDate(timelineDate)}`;
  if (timelineKind === "relative" && timelineAmount) {
    const unit = timelineUnit === "days" ? "day" : "week";
    return `They said they would decide within ${timelineAmount} ${unit}${timelineAmount === 1 ? "" : "s"}`;
  }
  return "They did not say";
}

export function InterviewFacts(props: Props) {
  const facts: [string, ReactNode][] = [
    ["When", `${formatDateTime(props.startsAt, props.timeZone)} (${props.timeZone.replaceAll("_", " ")} time)`],
    ["Length", `${props.durationMinutes} minutes`],
    ["Format", formatLabels[props.format]],
  ];
  if (props.location) facts.push(["Where", props.location]);
  if (props.meetingUrl) facts.push(["Meeting link", <a key="link" href={props.meetingUrl} rel="noopener noreferrer nofollow">{props.meetingUrl}</a>]);
  facts.push(
    [
      "Interviewers",
      props.interviewers.length === 0 ? (
        "None recorded"
      ) : (
        <ul key="people">
          {props.interviewers.map((person) => (
            <li key={person.id}>
              {person.name}
              {person.title ? `, ${person.title}` : ""}
              {person.email ? ` (${person.email})` : ""}
            </li>
          ))}
        </ul>
      ),
    ],
    ["Decision timeline", timelineText(props)],
    ["Follow up with", props.followUpContact ?? "Not recorded"],
  );

  return (
    <dl className="grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
      {facts.map(([term, detail]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd className="mb-2 break-words sm:mb-0">{detail}</dd>
        </div>
      ))}
    </dl>
  );
}

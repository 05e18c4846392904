import Link from "next/link";
import { formatDateTime } from "@/lib/domain/format";
import type { UpcomingInterview } from "@/lib/portal/dashboard";

const formats = { phone: "phone", video: "video", in_person: "in person" } as const;

export function UpcomingInterviewsSection({ interviews, timeZone }: { interviews: UpcomingInterview[]; timeZone: string }) {
  return (
    <section aria-labelledby="upcoming-heading" className="space-y-2">
      <h2 id="upcoming-heading" className="text-xl font-semibold">Upcoming interviews</h2>
      {interviews.length === 0 ? (
        <p>No interviews booked. When one is, its plan starts here.</p>
      ) : (
        <ul className="divide-y divide-line">
          {interviews.map((interview) => (
            <li key={interview.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
              <span>
                <Link href={`/portal/interviews/${interview.id}`} className="font-semibold text-brand-dark underline">
                  {interview.company}, {interview.role}
                </Link>
                <span className="block">
                  {formatDateTime(interview.startsAt, timeZone)}, {formats[interview.format]}
                  {/* An interview abroad also shows its own clock, which is what the invitation said. */}
                  {interview.timeZone !== timeZone
                    ? ` (${formatDateTime(interview.startsAt, interview.timeZone)} ${interview.timeZone.replaceAll("_", " ")} time)`
                    : ""}
                </span>
              </span>
              <a href={`/portal/interviews/${interview.id}/calendar.ics`} className="text-sm underline">
                Add to my calendar<span className="sr-only">: {interview.company} interview</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

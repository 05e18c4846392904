import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { homeFor, requireUser } from "@/lib/auth/dal";
import { listOwnApplications, listOwnUpcomingInterviews } from "@/lib/portal/dashboard";
import { formatDateTime } from "@/lib/format";
import { stageLabels } from "@/lib/domain/labels";

export const metadata: Metadata = { title: "Your portal", robots: { index: false } };

export default async function PortalDashboardPage() {
  const user = await requireUser("/portal");
  if (user.role !== "candidate") redirect(homeFor(user.role));
  const [applications, upcoming] = await Promise.all([
    listOwnApplications(user),
    listOwnUpcomingInterviews(user, new Date()),
  ]);

  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Your portal</h1>
      <section aria-labelledby="upcoming-heading" className="space-y-2">
        <h2 id="upcoming-heading" className="text-xl font-semibold">Upcoming interviews</h2>
        {upcoming.length === 0 ? (
          <p>No interviews booked. When one is, its plan starts here.</p>
        ) : (
          <ul className="space-y-1">
            {upcoming.map((interview) => (
              <li key={interview.id}>
                <span className="font-semibold">{interview.company}</span>, {interview.role}:{" "}
                {formatDateTime(interview.startsAt, interview.timeZone)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="applications-heading" className="space-y-2">
        <h2 id="applications-heading" className="text-xl font-semibold">Applications</h2>
        {applications.length === 0 ? (
          <p>You have no applications yet.</p>
        ) : (
          <ul className="divide-y divide-stone-200">
            {applications.map((application) => (
              <li key={application.id} className="flex flex-wrap justify-between gap-2 py-2">
                <span>
                  <span className="font-semibold">{application.company}</span>, {application.role}
                  {application.source === "agency" ? " (through the agency)" : ""}
                </span>
                <span>{stageLabels[application.stage]}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

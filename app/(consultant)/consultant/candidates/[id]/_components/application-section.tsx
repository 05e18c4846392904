import { Badge, StageBadge } from "@/components/ui/badge";
import { terminalStages } from "@/lib/domain/values";
import type { StaffApplicationView } from "@/lib/staff/candidate-detail";
import { InterviewRound } from "./interview-round";

type Props = { application: StaffApplicationView; timeZone: string; candidate: { id: string; name: string | null; email: string } };

export function ApplicationSection({ application, timeZone, candidate }: Props) {
  const headingId = `application-${application.id}`;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <div>
        <h2 id={headingId} className="text-2xl">
          {application.role} at {application.company}
        </h2>
        <p className="mt-1 flex flex-wrap items-center gap-2">
          <span className="sr-only">Stage:</span>
          <StageBadge stage={application.stage} />
          <Badge tone={application.source === "agency" ? "brand" : "info"}>
            {application.source === "agency" ? "Arranged by the agency" : "Direct, shared by the candidate"}
          </Badge>
        </p>
      </div>
      {application.interviews.length === 0 ? (
        <p>No interview rounds yet.</p>
      ) : (
        application.interviews.map((interview) => (
          <InterviewRound key={interview.id} interview={interview} application={application} timeZone={timeZone} applicationClosed={terminalStages.includes(application.stage)} candidate={candidate} />
        ))
      )}
    </section>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LinkButton } from "@/components/ui/button";
import { homeFor, requireUser } from "@/lib/auth/dal";
import { localDateOf } from "@/lib/plans/zoned-time";
import {
  getOwnDashboardStats,
  listOwnAwaitingDecisions,
  listOwnDueSteps,
  listOwnUpcomingInterviews,
  listOwnUpcomingSteps,
} from "@/lib/portal/dashboard";
import { listOwnRecentClientFeedback } from "@/lib/portal/client-feedback";
import { getOwnSettings } from "@/lib/portal/settings";
import { AwaitingDecisionsSection } from "./_components/awaiting-decisions-section";
import { DashboardStatsSection } from "./_components/dashboard-stats-section";
import { EmployerNewsSection } from "./_components/employer-news-section";
import { NextStepsSection } from "./_components/next-steps-section";
import { UpcomingInterviewsSection } from "./_components/upcoming-interviews-section";

export const metadata: Metadata = { title: "Your portal", robots: { index: false } };

export default async function PortalDashboardPage() {
  const user = await requireUser("/portal");
  // Staff who land here go to their own start page rather than a refusal.
  if (user.role !== "candidate") redirect(homeFor(user.role));
  const now = new Date();
  const { timeZone } = await getOwnSettings(user);
  const [due, nextUp, upcoming, awaiting, stats, news] = await Promise.all([
    listOwnDueSteps(user, now, timeZone),
    listOwnUpcomingSteps(user, now, timeZone),
    listOwnUpcomingInterviews(user, now),
    listOwnAwaitingDecisions(user),
    getOwnDashboardStats(user, now, timeZone),
    listOwnRecentClientFeedback(user, now),
  ]);

  return (
    <div className="space-y-10">
      {/* The heading and the next step lead, on a phone too; the rest follows in order of urgency. */}
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <h1 className="text-3xl">Your portal</h1>
        {/* All applications are one tap away in the portal's navigation. */}
        <LinkButton href="/portal/applications/new" variant="secondary" size="sm">
          Add an application
        </LinkButton>
      </div>
      <NextStepsSection due={due} upcoming={nextUp} now={now} timeZone={timeZone} />
      <EmployerNewsSection feedback={news} timeZone={timeZone} />
      <UpcomingInterviewsSection interviews={upcoming} timeZone={timeZone} />
      <AwaitingDecisionsSection applications={awaiting} today={localDateOf(now, timeZone)} />
      <DashboardStatsSection stats={stats} />
      <p className="text-sm text-muted">
        Times are shown in {timeZone.replaceAll("_", " ")} time.{" "}
        <Link href="/portal/settings" className="underline">Change your time zone</Link>
      </p>
    </div>
  );
}

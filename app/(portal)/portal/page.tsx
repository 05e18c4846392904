import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { homeFor, requireUser } from "@/lib/auth/dal";
import { localDateOf } from "@/lib/plans/zoned-time";
import {
  getOwnDashboardStats,
  listOwnAwaitingDecisions,
  listOwnDueSteps,
  listOwnUpcomingInterviews,
} from "@/lib/portal/dashboard";
import { listOwnRecentClientFeedback } from "@/lib/portal/client-feedback";
import { getOwnSettings } from "@/lib/portal/settings";
import { AwaitingDecisionsSection } from "./_components/awaiting-decisions-section";
import { DashboardStatsSection } from "./_components/dashboard-stats-section";
import { DueStepsSection } from "./_components/due-steps-section";
import { EmployerNewsSection } from "./_components/employer-news-section";
import { UpcomingInterviewsSection } from "./_components/upcoming-interviews-section";

export const metadata: Metadata = { title: "Your portal", robots: { index: false } };

export default async function PortalDashboardPage() {
  const user = await requireUser("/portal");
  // Staff who land here go to their own start page rather than a refusal.
  if (user.role !== "candidate") redirect(homeFor(user.role));
  const now = new Date();
  const { timeZone } = await getOwnSettings(user);
  const [due, upcoming, awaiting, stats, news] = await Promise.all([
    listOwnDueSteps(user, now, timeZone),
    listOwnUpcomingInterviews(user, now),
    listOwnAwaitingDecisions(user),
    getOwnDashboardStats(user, now, timeZone),
    listOwnRecentClientFeedback(user, now),
  ]);

  return (
    <div className="space-y-10">
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold">Your portal</h1>
        <p className="flex flex-wrap gap-3">
          <Link href="/portal/applications" className="button button-secondary">All applications</Link>
          <Link href="/portal/applications/new" className="button button-primary">Add an application</Link>
        </p>
      </div>
      <EmployerNewsSection feedback={news} timeZone={timeZone} />
      <DueStepsSection steps={due} now={now} timeZone={timeZone} />
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

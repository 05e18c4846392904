import type { Metadata } from "next";
import { PageHeading } from "@/components/page-heading";
import Link from "next/link";
import { requireRole } from "@/lib/auth/dal";
import { brand } from "@/lib/config/brand";
import { formatDate } from "@/lib/domain/format";
import { getOwnCalendarFeedStatus } from "@/lib/portal/calendar-feed";
import { getOwnSettings } from "@/lib/portal/settings";
import { timeZoneList } from "@/lib/plans/time-zone-choices";
import { CalendarFeedPanel } from "./_components/calendar-feed-panel";
import { SettingsForm } from "./_components/settings-form";

export const metadata: Metadata = { title: "Settings", robots: { index: false } };

export default async function SettingsPage() {
  const user = await requireRole(["candidate"], "/portal/settings");
  const [settings, feed] = await Promise.all([getOwnSettings(user), getOwnCalendarFeedStatus(user)]);

  return (
    <div className="max-w-3xl space-y-10">
      <PageHeading title="Settings" />

      <section aria-labelledby="details-heading">
        <h2 id="details-heading" className="text-xl font-semibold">Your details and emails</h2>
        <p className="mt-1 text-muted">Signed in as {settings.email}.</p>
        <SettingsForm
          name={settings.name ?? ""}
          timeZone={settings.timeZone}
          remindersEnabled={settings.remindersEnabled}
          digestEnabled={settings.digestEnabled}
          zones={timeZoneList(settings.timeZone, Intl.supportedValuesOf("timeZone"), new Date())}
        />
      </section>

      <section aria-labelledby="calendar-heading" className="space-y-2">
        <h2 id="calendar-heading" className="text-xl font-semibold">Your calendar</h2>
        <p>
          A private link your calendar app can subscribe to: your interviews and follow-ups appear there and stay
          up to date. Each interview page also has a file to add one interview at a time.
        </p>
        <CalendarFeedPanel createdOn={feed.createdAt ? formatDate(feed.createdAt, settings.timeZone) : null} />
      </section>

      <section aria-labelledby="sharing-heading" className="space-y-2">
        <h2 id="sharing-heading" className="text-xl font-semibold">What the agency sees</h2>
        <p>
          Applications the agency arranged are shared with your consultant. Applications you made yourself stay
          private unless you edit one and tick &ldquo;Share this application with {brand.agencyName}&rdquo;.
        </p>
        <p>
          Your reflections are private too: share one with your consultant from its interview page when you would
          like their view.
        </p>
        <p>
          <Link href="/portal/applications" className="font-semibold text-brand-dark underline">
            Choose what to share on your applications
          </Link>
        </p>
      </section>
    </div>
  );
}

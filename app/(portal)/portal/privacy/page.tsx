import type { Metadata } from "next";
import { PageHeading } from "@/components/page-heading";
import { requireRole } from "@/lib/auth/dal";
import { brand } from "@/lib/config/brand";
import { formatDate } from "@/lib/domain/format";
import { getOwnSettings } from "@/lib/portal/settings";
import { consentWording } from "@/lib/privacy/consent-purposes";
import { listConsents } from "@/lib/privacy/consents";
import { ConsentForm, type ConsentItem } from "./_components/consent-form";
import { EraseAccountForm } from "./_components/erase-account-form";
import { ExportLinks } from "./_components/export-links";

export const metadata: Metadata = { title: "Privacy and data", robots: { index: false } };

export default async function PrivacyPage() {
  const user = await requireRole(["candidate"], "/portal/privacy");
  const [settings, consents] = await Promise.all([getOwnSettings(user), listConsents(user)]);
  const items: ConsentItem[] = consents.map((consent) => ({
    purpose: consent.purpose,
    ...consentWording[consent.purpose],
    granted: consent.granted,
    recordedOn: consent.recordedAt ? formatDate(consent.recordedAt, settings.timeZone) : null,
  }));
  const keepsData = consents.find((consent) => consent.purpose === "data_retention")?.granted !== false;

  return (
    <div className="max-w-3xl space-y-10">
      <PageHeading
        title="Privacy and data"
        lead={`What ${brand.agencyName} may do with your details, a copy of everything we hold about you, and how to delete it.`}
      />

      <section aria-labelledby="consents-heading" className="space-y-2">
        <h2 id="consents-heading" className="text-xl font-semibold">Your choices</h2>
        <p>You can change any of these whenever you like. We keep a record of each answer and when you gave it.</p>
        {keepsData ? null : (
          <p className="rounded border border-amber-700 bg-amber-50 p-3">
            You have told us not to keep your details between job searches. Saying no deletes nothing by itself:
            to remove your details now, <a href="#delete-heading" className="underline">delete your account and data</a>.
          </p>
        )}
        <ConsentForm items={items} />
      </section>

      <section aria-labelledby="export-heading" className="space-y-2">
        <h2 id="export-heading" className="text-xl font-semibold">A copy of your data</h2>
        <ExportLinks />
      </section>

      <section aria-labelledby="delete-heading" className="space-y-2">
        <h2 id="delete-heading" className="text-xl font-semibold">Delete my account and data</h2>
        <p>
          This deletes your account and everything in it straight away: your applications, interviews, notes,
          reflections, thank-you notes, reminders, emails and choices. It signs you out on every device. You may
          want to download a copy first.
        </p>
        <p>
          One thing stays: if an email to your address ever bounced or was marked as spam, we keep a scrambled
          form of the address (not the address itself) so that we never email it again.
        </p>
        <EraseAccountForm email={settings.email} />
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import { PageHeading } from "@/components/page-heading";
import { requireRole } from "@/lib/auth/dal";
import { brand } from "@/lib/config/brand";
import { formatDate, formatDateTime } from "@/lib/domain/format";
import { consentPurposes } from "@/lib/domain/values";
import { getOwnSettings } from "@/lib/portal/settings";
import { consentSourceWords, consentWording } from "@/lib/privacy/consent-purposes";
import { describeConsentHistory } from "@/lib/privacy/consent-rules";
import { listConsentHistory } from "@/lib/privacy/consents";
import { getDb } from "@/lib/db/client";
import { erasureScheduleOf } from "@/lib/retention/account-state";
import { OneButtonForm } from "@/components/forms/one-button-form";
import { Card } from "@/components/ui/card";
import { Notice, noticeClass } from "@/components/ui/notice";
import { keepMyDetailsAction } from "./actions";
import { ConsentChoice } from "./_components/consent-choice";
import { ConsentHistory } from "./_components/consent-history";
import { EraseAccountForm } from "./_components/erase-account-form";
import { ExportLinks } from "./_components/export-links";

export const metadata: Metadata = { title: "Privacy and data", robots: { index: false } };

export default async function PrivacyPage({ searchParams }: PageProps<"/portal/privacy">) {
  const user = await requireRole(["candidate"], "/portal/privacy");
  const [settings, history, erasure] = await Promise.all([getOwnSettings(user), listConsentHistory(user), erasureScheduleOf(getDb(), user.id)]);
  const choices = consentPurposes.map((purpose) => ({
    item: { purpose, ...consentWording[purpose], granted: history[purpose][0]?.granted ?? null },
    entries: describeConsentHistory(history[purpose]).map((event) => ({
      kind: event.kind,
      at: event.recordedAt.toISOString(),
      when: formatDateTime(event.recordedAt, settings.timeZone),
      how: consentSourceWords[event.source] ?? null,
    })),
  }));
  const justKept = (await searchParams).kept === "1" && !erasure;
  const keepsData = history.data_retention[0]?.granted !== false;

  return (
    <div className="max-w-3xl space-y-10">
      <PageHeading
        title="Privacy and data"
        lead={`What ${brand.agencyName} may do with your details, a copy of everything we hold about you, and how to delete it.`}
      />

      {justKept ? (
        <Notice tone="success" role="status">
          Done: we will keep your details, and nothing will be deleted.
        </Notice>
      ) : null}

      {erasure ? (
        <section aria-labelledby="erasure-heading" className={noticeClass("warning", "space-y-3 p-4")}>
          <h2 id="erasure-heading" className="text-xl font-semibold">
            Your account will be deleted on {formatDate(erasure.dueAt, settings.timeZone)}
          </h2>
          <p>
            {erasure.reason === "withdrawn"
              ? "You told us not to keep your details between job searches, and none of your applications is open. On that day we delete your account and everything in it."
              : "Your account had gone unused for a year, so we asked whether to keep it. On that day we delete it and everything in it, unless you keep it."}{" "}
            Adding an application before then also keeps your details until it closes.
          </p>
          <OneButtonForm action={keepMyDetailsAction} label="Keep my details" variant="primary" />
        </section>
      ) : null}

      <section aria-labelledby="consents-heading" className="space-y-2">
        <h2 id="consents-heading" className="text-xl font-semibold">Your choices</h2>
        <p>
          Answer and save each one on its own; you can change any of them whenever you like. We keep a record of
          every answer and when you gave it, shown under each choice.
        </p>
        {keepsData || erasure ? null : (
          <Notice tone="warning">
            You have told us not to keep your details between job searches. While an application is open we keep them;
            30 days after the last one closes we delete your account, and email you first. To remove your details now,{" "}
            <a href="#delete-heading" className="underline">delete your account and data</a>.
          </Notice>
        )}
        {/* Kept from the notice above: fresh forms, so the "no" chosen before is not still selected. */}
        <ul key={justKept ? "kept" : "answers"} className="space-y-4">
          {choices.map(({ item, entries }) => (
            <Card as="li" key={item.purpose}>
              <ConsentChoice item={item} history={<ConsentHistory id={`consent-${item.purpose}-history`} entries={entries} />} />
            </Card>
          ))}
        </ul>
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

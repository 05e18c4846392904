import type { Metadata } from "next";
import { Notice } from "@/components/ui/notice";
import { requireRole } from "@/lib/auth/dal";
import { getMailOverview } from "@/lib/admin/mail-overview";
import { describeWait } from "@/lib/admin/describe-wait";
import { env } from "@/lib/env";
import { FailuresTable } from "./_components/failures-table";
import { StateCounts } from "./_components/state-counts";
import { SuppressionsTable } from "./_components/suppressions-table";

export const metadata: Metadata = { title: "Mail", robots: { index: false } };

export default async function MailPage() {
  const user = await requireRole(["admin"], "/admin/mail");
  const now = new Date();
  const overview = await getMailOverview(user, now);
  const limitMs = env().READINESS_OUTBOX_MAX_AGE_MS;
  const waitedMs = overview.oldestDueSince ? now.getTime() - overview.oldestDueSince.getTime() : 0;
  const late = limitMs > 0 && waitedMs > limitMs;

  return (
    <div className="space-y-8">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold">Mail</h1>
        <p className="mt-1">What the outbox holds, what failed and why, and the addresses no mail goes to. Message text and links are never shown here.</p>
      </div>

      <section aria-labelledby="outbox-heading" className="space-y-3">
        <h2 id="outbox-heading" className="text-2xl font-semibold">
          Outbox
        </h2>
        <StateCounts counts={overview.counts} />
        {late ? (
          <Notice tone="danger">
            The oldest message due to go has waited {describeWait(waitedMs)}. That is longer than the {describeWait(limitMs)} readiness
            allows: check that a worker is running.
          </Notice>
        ) : (
          <p>{overview.oldestDueSince ? `The oldest message due to go has waited ${describeWait(waitedMs)}.` : "Nothing is waiting to be sent."}</p>
        )}
      </section>

      <section aria-labelledby="failures-heading" className="space-y-3">
        <h2 id="failures-heading" className="text-2xl font-semibold">
          Recent failures
        </h2>
        {overview.failures.length === 0 ? <p>No message has failed.</p> : <FailuresTable failures={overview.failures} />}
      </section>

      <section aria-labelledby="suppressions-heading" className="space-y-3">
        <h2 id="suppressions-heading" className="text-2xl font-semibold">
          Suppressed addresses
        </h2>
        <p className="max-w-3xl">
          An address that bounced or complained gets no more mail except a sign-in link its owner asks for. Addresses are kept only as a
          SHA-256 hash of the lower-cased address, shown as stored. Lift a suppression only when you know the address works again.
        </p>
        {overview.suppressions.length === 0 ? (
          <p>No address is suppressed.</p>
        ) : (
          <SuppressionsTable suppressions={overview.suppressions} total={overview.suppressionCount} />
        )}
      </section>
    </div>
  );
}

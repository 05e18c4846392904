import type { Metadata } from "next";
import { Cell, ColumnHeader, RowHeader, Table, TableBody, TableHead, TableRow } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/dal";
import { retentionOverview } from "@/lib/admin/retention-view";
import { retentionPolicy } from "@/lib/config/retention";
import { formatDate, formatDateTime } from "@/lib/domain/format";
import type { ErasureReason } from "@/lib/domain/values";

export const metadata: Metadata = { title: "Data retention", robots: { index: false } };

const reasons: Record<ErasureReason, string> = {
  inactive: "Unused for a year; no answer to our email",
  withdrawn: "Asked us not to keep their details; nothing open",
};

/** The last run's counts, in the order a reader asks about them. */
const countLabels: [string, string][] = [
  ["erased", "Accounts erased"],
  ["erasuresCancelledKept", "Erasures cancelled: they chose to keep their details"],
  ["erasuresCancelledSearchOpen", "Erasures cancelled: an application was opened"],
  ["erasuresFailed", "Erasures that failed (tried again tomorrow; see the worker's log)"],
  ["inactivityNotices", "“Shall we keep your account?” emails"],
  ["withdrawalNotices", "Erasures scheduled after “keep my details” was withdrawn"],
  ["auditLog", "Audit log lines older than two years deleted"],
  ["rateLimits", "Spent rate-limit counters deleted"],
  ["webhookEvents", "Delivery-event ids older than 30 days deleted"],
  ["messageBodies", "Email texts older than 90 days removed"],
  ["signInTokens", "Expired sign-in links deleted"],
  ["sessions", "Expired sessions deleted"],
];

export default async function RetentionPage() {
  const user = await requireRole(["admin"], "/admin/retention");
  const { upcoming, total, lastRun } = await retentionOverview(user);
  return (
    <div className="space-y-8">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold">Data retention</h1>
        <p className="mt-1">
          Once a day the worker erases accounts whose notice has run out, asks candidates unused for{" "}
          {retentionPolicy.inactiveMonths} months whether to keep their details, and deletes what nobody needs any more.
          An unused account is erased {retentionPolicy.erasureNoticeDays} days after that email unless the candidate keeps
          their details, signs in or opens an application; one who withdrew &ldquo;keep my details&rdquo; is erased{" "}
          {retentionPolicy.erasureNoticeDays} days later unless they choose to keep them again or open an application.
          Dates are UK time.
        </p>
      </div>

      <section aria-labelledby="upcoming-heading" className="space-y-2">
        <h2 id="upcoming-heading" className="text-xl font-semibold">
          Upcoming erasures {total > 0 ? `(${total})` : null}
        </h2>
        {upcoming.length === 0 ? (
          <p role="status">No account is due to be erased.</p>
        ) : (
          <>
            <Table caption="Accounts due to be erased, soonest first" hideCaption>
              <TableHead>
                <ColumnHeader>Candidate</ColumnHeader>
                <ColumnHeader>Erased on</ColumnHeader>
                <ColumnHeader>Why</ColumnHeader>
              </TableHead>
              <TableBody>
                {upcoming.map((row) => (
                  <TableRow key={row.id}>
                    <RowHeader>
                      {row.name ?? row.email}
                      {row.name ? <span className="block break-all text-sm text-muted">{row.email}</span> : null}
                    </RowHeader>
                    <Cell nowrap label="Erased on">
                      <time dateTime={row.dueAt.toISOString()}>{formatDate(row.dueAt)}</time>
                    </Cell>
                    <Cell label="Why">{reasons[row.reason]}</Cell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {total > upcoming.length ? <p>Showing the first {upcoming.length} of {total}.</p> : null}
          </>
        )}
      </section>

      <section aria-labelledby="last-run-heading" className="space-y-2">
        <h2 id="last-run-heading" className="text-xl font-semibold">
          The last run
        </h2>
        {!lastRun ? (
          <p role="status">The daily pass has not run yet.</p>
        ) : !lastRun.finishedAt ? (
          <p role="status">
            The pass for {formatDate(new Date(`${lastRun.day}T12:00:00Z`))} started at {formatDateTime(lastRun.startedAt)} and has not finished; another worker
            takes it over if it does not finish by {formatDateTime(lastRun.leaseUntil)}.
          </p>
        ) : (
          <Table caption={`What the pass of ${formatDateTime(lastRun.startedAt)} did`}>
            <TableHead>
              <ColumnHeader>Rule</ColumnHeader>
              <ColumnHeader numeric>Rows</ColumnHeader>
            </TableHead>
            <TableBody>
              {countLabels.map(([key, label]) => (
                <TableRow key={key}>
                  <RowHeader>{label}</RowHeader>
                  <Cell numeric label="Rows">{(lastRun.counts[key] ?? 0).toLocaleString("en-GB")}</Cell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </div>
  );
}

import "server-only";
import { createElement } from "react";
import type { Database } from "@/lib/db/client";
import { brand } from "@/lib/config/brand";
import { enqueueEmail } from "@/lib/email/outbox";
import RetentionNoticeEmail, { retentionNoticeSubject, type RetentionNoticeProps } from "@/emails/retention-notice";
import type { ErasureReason } from "@/lib/domain/values";
import { keepLinkUrl } from "./keep-link";
import { retentionDay } from "./rules";

export type NoticeRecipient = { id: string; email: string; name: string | null; timeZone: string };

/** Queued in the caller's transaction; one per person per day, whatever else the day brings. */
export async function queueRetentionNotice(
  db: Database,
  to: NoticeRecipient,
  notice: { reason: ErasureReason; erasureDate: Date | null },
  now: Date,
): Promise<void> {
  const props: RetentionNoticeProps = {
    name: to.name,
    siteName: brand.siteName,
    timeZone: to.timeZone,
    erasureDate: notice.erasureDate,
    reason: notice.reason,
    keepUrl: notice.reason === "inactive" && notice.erasureDate ? keepLinkUrl(to.id) : null,
  };
  await enqueueEmail(
    {
      to: to.email,
      userId: to.id,
      template: "retention-notice",
      subject: retentionNoticeSubject(props),
      element: createElement(RetentionNoticeEmail, props),
      idempotencyKey: `retention-notice:${to.id}:${retentionDay(now)}`,
    },
    now,
    db,
  );
}

import "server-only";
import { and, eq, inArray, isNull, lte, ne, or, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { clientRequestDays } from "@/lib/config/client-requests";

// A sign-in, invitation or client feedback-request message is a working credential for as long as its link lives. Once the
// provider has it (or the link has expired) the copy in the outbox is of no use to anyone but a
// thief, so its body is replaced. The local mailbox is the delivered message itself: its copy
// stays readable until the link expires.

/** How long each template's link works (auth.ts and lib/auth/staff-invitations.ts; a test keeps them equal). */
export const linkLifetimeMs = {
  "sign-in-link": 10 * 60_000,
  "staff-invitation": 7 * 24 * 60 * 60_000,
  // The reminder carries the same link, rebuilt from the request (lib/journey/client-requests.ts).
  "client-feedback-request": clientRequestDays * 24 * 60 * 60_000,
  "client-feedback-reminder": clientRequestDays * 24 * 60 * 60_000,
} as const;

export const linkTemplates = Object.keys(linkLifetimeMs) as (keyof typeof linkLifetimeMs)[];

export const redactedText =
  "This message held a private link. Its text was removed from our records once it was delivered or the link expired.";
export const redactedHtml = `<p>${redactedText}</p>`;

export const isLinkTemplate = (template: string) => template in linkLifetimeMs;

/** What the row's body becomes once a real provider has the message; nothing for other mail or the local mailbox. */
export function redactionOnDelivery(template: string, transportName: string, now: Date) {
  if (!isLinkTemplate(template) || transportName === "mailbox") return {};
  return { html: redactedHtml, text: redactedText, bodyRedactedAt: now };
}

/** Redacts link messages delivered by a provider, and those whose link has expired, whatever became of
 *  them; one still waiting to go is given up, as its link no longer works. Returns how many. */
export async function redactLinkMessages(db: Database, now: Date): Promise<number> {
  const expired = or(
    ...linkTemplates.map((template) =>
      and(eq(emailOutbox.template, template), lte(emailOutbox.createdAt, new Date(now.getTime() - linkLifetimeMs[template]))),
    ),
  );
  const rows = await db
    .update(emailOutbox)
    .set({
      html: redactedHtml,
      text: redactedText,
      bodyRedactedAt: now,
      state: sql`case when ${emailOutbox.state} = 'pending' then 'failed' else ${emailOutbox.state} end`,
      lastError: sql`case when ${emailOutbox.state} = 'pending' then 'not sent: its link expired first' else ${emailOutbox.lastError} end`,
    })
    .where(
      and(
        isNull(emailOutbox.bodyRedactedAt),
        inArray(emailOutbox.template, linkTemplates),
        // A claimed row is mid-send; it is redacted on the next pass.
        ne(emailOutbox.state, "sending"),
        or(and(eq(emailOutbox.state, "sent"), sql`${emailOutbox.transport} is distinct from 'mailbox'`), expired),
      ),
    )
    .returning({ id: emailOutbox.id });
  return rows.length;
}

// The world the route handlers are fuzzed against (createActionWorld, plus
// a calendar feed, an unsubscribe link and a sent message with an
// attachment), and the ids and tokens a hostile request may carry: real
// ones, other people's, and near misses. Each route is more often given the
// kinds of value it acts on, so requests get past the first check.
import { sql } from "drizzle-orm";
import SignInLinkEmail from "@/emails/sign-in-link";
import { authSecret } from "@/lib/security/secret";
import type { Database } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { interviews } from "@/lib/db/schema/journey";
import { enqueueEmail } from "@/lib/email/outbox";
import { createUnsubscribeToken } from "@/lib/email/unsubscribe";
import { createCalendarFeed } from "@/lib/portal/calendar-feed";
import { createActionWorld } from "@/test/authorization/action-world";
import type { RequestValue } from "./hostile-requests";

export type RouteWorld = Awaited<ReturnType<typeof createRouteWorld>>;

export async function createRouteWorld(db: Database, cronSecret: string) {
  const world = await createActionWorld(db, new Date());
  const [interviewB] = await db.select({ id: interviews.id }).from(interviews).where(sql`${interviews.candidateId} = ${world.candidateB.id}`);
  const feedToken = await createCalendarFeed(world.candidateA);
  const unsubscribe = createUnsubscribeToken({ userId: world.candidateA.id, list: "reminders" }, authSecret());
  const { id: messageId } = await enqueueEmail({
    to: world.candidateA.email,
    template: "interview-tomorrow",
    subject: "Tomorrow",
    element: SignInLinkEmail({ url: "http://localhost/x", expiresInMinutes: 10, siteName: "Next Steps" }),
    attachments: [{ filename: "Interview.ics", contentType: "text/calendar; charset=utf-8", contentBase64: Buffer.from("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n").toString("base64") }],
  });
  await db.update(emailOutbox).set({ state: "sent", sentAt: new Date(), providerMessageId: "re_email_1" }).where(sql`${emailOutbox.id} = ${messageId}`);
  // The real token as often as its near misses together: past the token is where the handler does its work.
  const tokenNearMisses = (token: string) => [token, token, token, `${token}x`, token.slice(0, -3), `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`];
  const refs: Record<string, string[]> = {
    ids: [world.interviewA, world.planStepA, interviewB!.id, world.privateDirect.interviewId, world.applicationA.id, world.candidateA.id, world.planStepA.toUpperCase()],
    feed: tokenNearMisses(feedToken),
    unsubscribe: [
      ...tokenNearMisses(unsubscribe),
      unsubscribe.replace(".", ".."),
      createUnsubscribeToken({ userId: world.candidateB.id, list: "digest" }, "not-the-secret"),
      createUnsubscribeToken({ userId: world.consultantA.id, list: "digest" }, authSecret()),
    ],
    message: [messageId, messageId, world.interviewA],
    index: ["0", "0", "0", "1", "20", "00", "1e1", "0.5"],
    auth: ["callback/email", "signin/email", "session", "csrf", "callback/email/extra", "a".repeat(64), world.candidateA.email],
    cron: [`Bearer ${cronSecret.slice(0, -1)}`, "Bearer ", `bearer ${cronSecret}`, `Bearer  ${cronSecret}`, `Basic ${cronSecret}`],
  };
  return { ...world, refs };
}

/** The kinds of value each route is most likely to act on; other kinds still turn up, in any place. */
const preferred: [RegExp, string[]][] = [
  [/calendar\.ics/, ["ids"]],
  [/^calendar\//, ["feed"]],
  [/unsubscribe/, ["unsubscribe"]],
  [/api\/auth/, ["auth"]],
  [/cron/, ["cron"]],
];

/** Path parameters by name: these win over the route's own preference. */
const preferredParams: Record<string, string[]> = { stepId: ["ids"], id: ["ids"], "mailbox.id": ["message"], token: ["feed"], index: ["index"], nextauth: ["auth"] };

/** Turns a request value into text for a route's file (and path parameter): a third of references go to any kind. */
export function resolver(refs: Record<string, string[]>, file: string, param?: string) {
  const byParam = param && (preferredParams[`${file.includes("mailbox") ? "mailbox." : ""}${param}`] ?? preferredParams[param]);
  const kinds = byParam || (preferred.find(([pattern]) => pattern.test(file))?.[1] ?? []);
  return (value: RequestValue) => {
    if ("text" in value) return value.text;
    const pool = value.ref % 3 === 0 || kinds.length === 0 ? Object.values(refs).flat() : kinds.flatMap((kind) => refs[kind]!);
    return pool[Math.floor(value.ref / 3) % pool.length]!;
  };
}

import { calendarFeedTokenSchema, feedIcsForToken } from "@/lib/portal/calendar-feed";
import { consumeAbuseAllowance, requestClient, tooManyRequests } from "@/lib/security/abuse-limits";

// A calendar app's subscription: no session, the token is the credential.
// Every failure is the same 404, so a guess learns nothing.

const notFound = () =>
  new Response("There is no calendar at this address.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

export async function GET(request: Request, { params }: RouteContext<"/calendar/[token]">) {
  // Counted before the token is looked at, so guessing costs the same as fetching.
  const allowance = await consumeAbuseAllowance("calendarFeedPerClient", requestClient(request));
  if (!allowance.allowed) return tooManyRequests(allowance.retryAfterSeconds);
  const parsed = calendarFeedTokenSchema.safeParse((await params).token);
  if (!parsed.success) return notFound();
  const ics = await feedIcsForToken(parsed.data, new Date());
  if (ics === null) return notFound();
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="next-steps.ics"',
      // Calendar apps poll; five minutes spares the database without hiding a new interview for long.
      "Cache-Control": "private, max-age=300",
      "X-Robots-Tag": "noindex",
    },
  });
}

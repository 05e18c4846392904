import { feedIcsForOwner, findCalendarFeedOwner } from "@/lib/portal/calendar-feed";
import { abuseAllowanceLeft, consumeAbuseAllowance, requestClient, tooManyRequests } from "@/lib/security/abuse-limits";

// A calendar app's subscription: no session, the token is the credential.
// Every failure is the same 404, so a guess learns nothing.

const notFound = () =>
  new Response("There is no calendar at this address.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

export async function GET(request: Request, { params }: RouteContext<"/calendar/[token]">) {
  // Per feed, since calendar apps poll from shared addresses; a client that has sent too many
  // tokens opening nothing is refused before the next is looked up.
  const client = requestClient(request);
  const guesses = await abuseAllowanceLeft("calendarFeedMisses", client);
  if (!guesses.allowed) return tooManyRequests(guesses.retryAfterSeconds);
  const { token } = await params;
  const owner = await findCalendarFeedOwner(token);
  if (!owner) {
    await consumeAbuseAllowance("calendarFeedMisses", client);
    return notFound();
  }
  const allowance = await consumeAbuseAllowance("calendarFeedPerToken", token);
  if (!allowance.allowed) return tooManyRequests(allowance.retryAfterSeconds);
  const ics = await feedIcsForOwner(owner, new Date());
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

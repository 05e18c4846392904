import { calendarFeedTokenSchema, feedIcsForToken } from "@/lib/portal/calendar";

// A calendar app's subscription: no session, the token is the credential.
// Every failure is the same 404, so a guess learns nothing.

const notFound = () =>
  new Response("There is no calendar at this address.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

export async function GET(_request: Request, { params }: RouteContext<"/calendar/[token]">) {
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

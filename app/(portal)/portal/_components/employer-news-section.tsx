import Link from "next/link";
import { formatDate } from "@/lib/domain/format";
import type { RecentClientFeedback } from "@/lib/portal/client-feedback";

/** Shown only when there is news: what a consultant passed on from an employer lately. */
export function EmployerNewsSection({ feedback, timeZone }: { feedback: RecentClientFeedback[]; timeZone: string }) {
  if (feedback.length === 0) return null;
  return (
    <section aria-labelledby="news-heading" className="space-y-2">
      <h2 id="news-heading" className="text-xl font-semibold">News from employers</h2>
      <ul className="divide-y divide-line">
        {feedback.map((note) => (
          <li key={note.id} className="py-2">
            <Link href={`/portal/interviews/${note.interviewId}`} className="font-semibold text-brand-dark underline">
              Feedback from {note.company} on your {note.role} interview
            </Link>
            <span className="block text-muted">Passed on by your consultant on {formatDate(note.recordedAt, timeZone)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

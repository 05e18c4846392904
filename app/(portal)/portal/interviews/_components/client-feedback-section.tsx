import { formatDateTime } from "@/lib/domain/format";
import { Card } from "@/components/ui/card";
import type { ClientFeedbackNote } from "@/lib/portal/client-feedback";

type Props = { notes: readonly ClientFeedbackNote[]; agencyArranged: boolean; timeZone: string };

export function ClientFeedbackSection({ notes, agencyArranged, timeZone }: Props) {
  // A direct interview only ever has feedback if the candidate shared it; otherwise there is nothing to promise.
  if (notes.length === 0 && !agencyArranged) return null;
  return (
    <section aria-labelledby="client-feedback-heading" className="space-y-3">
      <h2 id="client-feedback-heading" className="text-2xl">Feedback from the client</h2>
      {notes.length === 0 ? (
        <p>Nothing yet. When the client tells your consultant how it went, they will add it here.</p>
      ) : (
        <ul className="space-y-3">
          {notes.map((note) => (
            <Card as="li" key={note.id}>
              <p className="whitespace-pre-line">{note.body}</p>
              <p className="mt-2 text-sm text-muted">
                From {note.recordedBy ?? "your consultant"}, {formatDateTime(note.recordedAt, timeZone)}
              </p>
            </Card>
          ))}
        </ul>
      )}
    </section>
  );
}

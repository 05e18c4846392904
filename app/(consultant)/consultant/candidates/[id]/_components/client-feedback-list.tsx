import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/domain/format";
import type { StaffFeedbackNote } from "@/lib/staff/candidate-detail";

type Props = { notes: readonly StaffFeedbackNote[]; timeZone: string };

export function ClientFeedbackList({ notes, timeZone }: Props) {
  if (notes.length === 0) return <p className="text-muted">No client feedback recorded yet.</p>;
  return (
    <ul className="space-y-3">
      {notes.map((note) => (
        <Card as="li" key={note.id}>
          <p className="whitespace-pre-line">{note.body}</p>
          <p className="mt-1 text-sm text-muted">
            Recorded by {note.recordedBy ?? "a former member of staff"} on {formatDateTime(note.recordedAt, timeZone)}
          </p>
        </Card>
      ))}
    </ul>
  );
}

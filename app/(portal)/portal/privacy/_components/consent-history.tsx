import { Disclosure } from "@/components/ui/disclosure";
import type { ConsentEventKind } from "@/lib/privacy/consent-rules";

export type ConsentHistoryEntry = {
  kind: ConsentEventKind;
  /** ISO instant, for the time element. */
  at: string;
  /** Already in the candidate's own time zone. */
  when: string;
  /** Where the answer came from, in words, or null when there is nothing useful to say. */
  how: string | null;
};

const kindWords: Record<ConsentEventKind, string> = { given: "Yes, given", withdrawn: "No, withdrawn", declined: "No" };
/** The newest few stay in view; older answers fold away so a long record cannot swamp the page. */
const shown = 3;

function Entry({ entry }: { entry: ConsentHistoryEntry }) {
  return (
    <li>
      <span className="font-semibold">{kindWords[entry.kind]}</span> on <time dateTime={entry.at}>{entry.when}</time>
      {entry.how ? `, ${entry.how}` : null}
    </li>
  );
}

/** One purpose's answers, newest first, as it is recorded (the same rows the export holds). */
export function ConsentHistory({ id, entries }: { id: string; entries: ConsentHistoryEntry[] }) {
  if (entries.length === 0) return <p className="mt-3 text-sm text-muted">You have not answered this yet.</p>;
  const older = entries.slice(shown);
  return (
    <div className="mt-3 text-sm">
      <p id={id} className="font-semibold">
        Your answers, newest first
      </p>
      <ol aria-labelledby={id} className="mt-1 space-y-1">
        {entries.slice(0, shown).map((entry) => (
          <Entry key={entry.at} entry={entry} />
        ))}
      </ol>
      {older.length > 0 ? (
        <Disclosure summary={`${older.length} earlier ${older.length === 1 ? "answer" : "answers"}`} className="mt-2">
          <ol aria-label="Earlier answers" className="space-y-1">
            {older.map((entry) => (
              <Entry key={entry.at} entry={entry} />
            ))}
          </ol>
        </Disclosure>
      ) : null}
    </div>
  );
}

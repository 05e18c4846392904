import { describedBy, FieldNotes, inputClassName } from "@/components/forms/text-field";
import { maxBodyLength, maxSubjectLength } from "../schema";

type Props = {
  id: string;
  subject: string;
  body: string;
  readOnly: boolean;
  onSubject: (value: string) => void;
  onBody: (value: string) => void;
  errors?: Record<string, string[] | undefined>;
};

/** The subject and the note, controlled so the copy and mail-app links carry what is on screen. */
export function NoteFields({ id, subject, body, readOnly, onSubject, onBody, errors }: Props) {
  const subjectError = errors?.subject?.[0];
  const bodyError = errors?.body?.[0];
  const bodyHint = readOnly ? undefined : `Up to ${maxBodyLength.toLocaleString("en-GB")} characters.`;
  return (
    <>
      <div className="mt-3">
        <label htmlFor={`${id}-subject`} className="block font-semibold">
          Subject
        </label>
        <FieldNotes id={`${id}-subject`} error={subjectError} />
        <input
          id={`${id}-subject`}
          name="subject"
          value={subject}
          onChange={(event) => onSubject(event.target.value)}
          readOnly={readOnly}
          maxLength={maxSubjectLength}
          aria-invalid={subjectError ? true : undefined}
          aria-describedby={describedBy(`${id}-subject`, undefined, subjectError)}
          className={inputClassName("max-w-2xl")}
        />
      </div>
      <div className="mt-3">
        <label htmlFor={`${id}-body`} className="block font-semibold">
          Message
        </label>
        <FieldNotes id={`${id}-body`} hint={bodyHint} error={bodyError} />
        <textarea
          id={`${id}-body`}
          name="body"
          rows={14}
          value={body}
          onChange={(event) => onBody(event.target.value)}
          readOnly={readOnly}
          maxLength={maxBodyLength}
          aria-invalid={bodyError ? true : undefined}
          aria-describedby={describedBy(`${id}-body`, bodyHint, bodyError)}
          className={inputClassName("max-w-2xl")}
        />
      </div>
    </>
  );
}

import { CopyButton } from "@/components/tools/copy-button";
import { mailtoHref } from "@/lib/tools/thank-you-note";
import { buttonClass } from "@/components/ui/button";

type Props = { fieldId: string; to: string; subject: string; body: string };

export function NoteTools({ fieldId, to, subject, body }: Props) {
  return (
    <div className="mt-4 flex flex-wrap items-center gap-3 border-t border-line pt-4">
      <CopyButton text={body} label="Copy message" fieldId={fieldId} />
      <a href={mailtoHref({ to, subject, body })} className={buttonClass("secondary")}>
        Open in your email app
      </a>
    </div>
  );
}

import { CopyButton } from "@/components/tools/copy-button";
import { composeLinks } from "@/lib/tools/compose-links";
import { buttonClass } from "@/components/ui/button";

type Props = { id: string; fieldId: string; to: string; recipientName: string; subject: string; body: string };

const newTab = <span className="sr-only"> (opens in a new tab)</span>;

/** The note opens in the candidate's own mail, addressed and filled in: the site sends nothing. */
export function OwnMailLinks({ id, fieldId, to, recipientName, subject, body }: Props) {
  const links = composeLinks({ to, subject, body });
  const cutShort = !links.mailApp.withBody || !links.gmail.withBody || !links.outlook.withBody;
  return (
    <div role="group" aria-labelledby={`${id}-own-mail`} className="mt-4 border-t border-line pt-4">
      <h3 id={`${id}-own-mail`} className="mt-0 text-lg font-semibold">
        Send it from your own email
      </h3>
      <p className="mt-1 text-sm text-muted">
        It goes from your address, so {recipientName} can reply straight to you.
        {cutShort
          ? " Your note is too long to fit in a link, so your email opens with the address and subject only: copy the message and paste it in."
          : " Each link opens a new email with the note filled in; or copy the message."}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <a href={links.mailApp.href} className={buttonClass("secondary")}>
          Open in your email app
        </a>
        <a href={links.gmail.href} target="_blank" rel="noopener noreferrer" className={buttonClass("secondary")}>
          Open in Gmail{newTab}
        </a>
        <a href={links.outlook.href} target="_blank" rel="noopener noreferrer" className={buttonClass("secondary")}>
          Open in Outlook on the web{newTab}
        </a>
        <CopyButton text={body} label="Copy message" fieldId={fieldId} />
      </div>
    </div>
  );
}

import { Text } from "@react-email/components";
import { brand } from "../lib/config/brand";
import { EmailLayout } from "./components/email-layout";
import { Lines, noteParagraphs } from "./components/message-block";

export interface ThankYouNoteProps {
  /** The note as the candidate wrote it; blank lines separate paragraphs. */
  body: string;
  senderName: string;
  /** Set on the candidate's own copy: who the note went to. */
  copyOf?: { recipientName: string; recipientEmail: string };
}

export default function ThankYouNoteEmail({ body, senderName, copyOf }: ThankYouNoteProps) {
  return (
    <EmailLayout preview={copyOf ? `Your copy of your note to ${copyOf.recipientName}` : `A note from ${senderName}`}>
      {copyOf ? (
        <Text style={aside}>
          Your copy of the note sent to {copyOf.recipientName} ({copyOf.recipientEmail}). If they reply, the reply comes
          straight to you.
        </Text>
      ) : null}
      {noteParagraphs(body).map((lines, index) => (
        <Text key={index} style={paragraph}>
          <Lines lines={lines} />
        </Text>
      ))}
      {copyOf ? null : (
        <Text style={aside}>
          {senderName} sent this note through {brand.siteName}. Reply to this email to reach {senderName} directly.
        </Text>
      )}
    </EmailLayout>
  );
}

ThankYouNoteEmail.PreviewProps = {
  body:
    "Dear Jo Evans,\n\nThank you for taking the time to meet me about the Data Analyst role at Harbour Lane Foods. " +
    "I enjoyed our conversation and left feeling positive, not least because my example about month-end reporting went down well.\n\n" +
    "I look forward to hearing from you about the next steps.\n\nBest wishes,\n\nSam Taylor",
  senderName: "Sam Taylor",
} satisfies ThankYouNoteProps;

const paragraph = { fontSize: "16px", lineHeight: "24px", margin: "0 0 16px" };
const aside = { fontSize: "14px", color: "#57534e", margin: "16px 0" };

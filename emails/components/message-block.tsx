import { Section, Text } from "@react-email/components";
import { quote } from "./styles";

/** Paragraphs on blank lines; single line breaks (a sign-off and a name) kept inside one. */
export function noteParagraphs(body: string): string[][] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split("\n").map((line) => line.trim()).filter(Boolean))
    .filter((lines) => lines.length > 0);
}

/** One paragraph's lines, broken where the writer broke them. */
export function Lines({ lines }: { lines: string[] }) {
  return lines.map((line, index) => (
    <span key={index}>
      {index > 0 ? <br /> : null}
      {line}
    </span>
  ));
}

/** A message quoted in paragraphs, in both the HTML and the plain-text part. */
export function MessageBlock({ message }: { message: string }) {
  const paragraphs = noteParagraphs(message);
  return (
    <Section style={quote}>
      {paragraphs.map((lines, index) => (
        <Text key={index} style={{ fontSize: "15px", lineHeight: "22px", margin: index === 0 ? "0" : "12px 0 0" }}>
          <Lines lines={lines} />
        </Text>
      ))}
    </Section>
  );
}

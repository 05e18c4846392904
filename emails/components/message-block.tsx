import { Section, Text } from "@react-email/components";
import { quote } from "./styles";

/** A message to copy, kept in paragraphs in both the HTML and the plain-text part. */
export function MessageBlock({ message }: { message: string }) {
  const paragraphs = message.split(/\n\s*\n/).map((paragraph) => paragraph.split("\n"));
  return (
    <Section style={quote}>
      {paragraphs.map((lines, index) => (
        <Text key={index} style={{ fontSize: "15px", lineHeight: "22px", margin: index === 0 ? "0" : "12px 0 0" }}>
          {lines.map((line, lineIndex) => (
            <span key={lineIndex}>
              {lineIndex > 0 ? <br /> : null}
              {line}
            </span>
          ))}
        </Text>
      ))}
    </Section>
  );
}

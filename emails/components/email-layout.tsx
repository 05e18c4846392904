import type { ReactNode } from "react";
import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import { brand } from "../../lib/config/brand";

type Props = { preview: string; children: ReactNode };

export function EmailLayout({ preview, children }: Props) {
  return (
    <Html lang="en-GB">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={container}>
          <Text style={brandLine}>{brand.siteName}</Text>
          <Section>{children}</Section>
          <Hr style={rule} />
          <Text style={footer}>
            {brand.agencyName}, {brand.city} · {brand.phone.display}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

const body = { backgroundColor: "#f5f5f4", fontFamily: "Helvetica, Arial, sans-serif", color: "#1c1917" };
const container = { backgroundColor: "#ffffff", margin: "24px auto", padding: "32px", maxWidth: "560px" };
const brandLine = { fontSize: "18px", fontWeight: 700, color: "#115e59", margin: "0 0 16px" };
const rule = { borderColor: "#e7e5e4", margin: "24px 0" };
const footer = { fontSize: "12px", color: "#57534e" };

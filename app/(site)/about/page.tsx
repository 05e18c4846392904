import type { Metadata } from "next";
import { IntentLink } from "@/components/intent-link";
import { ContactDetails } from "@/components/contact-details";
import { JsonLd } from "@/components/json-ld";
import { PageHeading } from "@/components/page-heading";
import { brand } from "@/lib/config/brand";
import { aboutJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";
import { Card } from "@/components/ui/card";

const title = "About and contact";
const description = `Who is behind ${brand.siteName}, how the candidate portal helps after an interview, and how to reach a consultant at ${brand.agencyName} in ${brand.city}.`;

export const metadata: Metadata = pageMetadata({ title, description, path: "/about" });

export default function AboutPage() {
  return (
    <>
      <PageHeading
        title={`About ${brand.siteName}`}
        lead={`${brand.siteName} is run by ${brand.agencyName}, a recruitment agency in ${brand.city}. It is the advice we give our own candidates after an interview, written down, with a portal to help you act on it.`}
      />

      <div className="max-w-3xl space-y-12">
        <section aria-labelledby="why-heading">
          <h2 id="why-heading" className="text-2xl">
            Why we built it
          </h2>
          <p className="mt-3">
            Most interview advice stops at the handshake. The days afterwards are where good
            candidates second-guess themselves, follow up too soon or not at all, and stop
            applying while they wait. We wanted one place that covers that stretch properly.
          </p>
          <p className="mt-3">
            The <IntentLink href="/advice">advice</IntentLink> is free to read without an account. The
            portal keeps track of each interview for you: what to do next, by when, and a
            reminder on the morning it is due. Your notes stay private unless you choose to
            share them with your consultant.
          </p>
        </section>

        <section aria-labelledby="consultants-heading">
          <h2 id="consultants-heading" className="text-2xl">
            Our consultants
          </h2>
          <ul className="mt-3 space-y-1">
            {brand.consultants.map((consultant) => (
              <li key={consultant.name}>
                <span className="font-semibold">{consultant.name}</span>, {consultant.title}
              </li>
            ))}
          </ul>
        </section>

        <Card as="section" tone="muted" aria-labelledby="contact">
          <h2 id="contact" className="text-2xl">
            Contact us
          </h2>
          <p className="mt-3">
            If we arranged your interview, call your consultant the same day to talk it
            through; we pass your thanks and questions on to the employer. For anything else,
            ring or email and we will put you through to the right person.
          </p>
          <ContactDetails className="mt-4 space-y-1" />
        </Card>

        <section aria-labelledby="legal-heading">
          <h2 id="legal-heading" className="text-2xl">
            The small print
          </h2>
          <p className="mt-3">
            {brand.siteName} is operated by {brand.legalName}. The advice on this site is general
            guidance rather than advice about your particular circumstances.
          </p>
        </section>
      </div>
      <JsonLd data={aboutJsonLd(title, description)} />
    </>
  );
}

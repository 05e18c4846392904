import type { Metadata } from "next";
import { IntentLink } from "@/components/intent-link";
import { ContactDetails } from "@/components/contact-details";
import { PageHeading } from "@/components/page-heading";
import { PublicFrame } from "@/components/site-header/public-frame";

export const metadata: Metadata = {
  title: "Page not found",
};

export default function NotFound() {
  return (
    <PublicFrame>
      <PageHeading
        title="Sorry, we cannot find that page"
        lead="The link may be out of date, or there may be a typo in the address. It happens to the best of us."
      />

      <div className="max-w-3xl space-y-10">
        <section aria-labelledby="next-heading">
          <h2 id="next-heading" className="text-2xl">
            Where to go from here
          </h2>
          <ul className="mt-3 list-disc space-y-2 pl-6">
            <li>
              <IntentLink href="/">Go to the home page</IntentLink> for the seven steps after an interview
            </li>
            <li>
              <IntentLink href="/advice">Browse the advice</IntentLink> on thank-you notes, following up and
              more
            </li>
            <li>
              <IntentLink href="/portal">Open your portal</IntentLink> to see your interviews and what is due
            </li>
          </ul>
        </section>

        <section aria-labelledby="help-heading" className="rounded-lg bg-surface p-6">
          <h2 id="help-heading" className="text-2xl">
            Still stuck?
          </h2>
          <p className="mt-3">Get in touch and a consultant will help you find what you need.</p>
          <ContactDetails className="mt-4 space-y-1" />
        </section>
      </div>
    </PublicFrame>
  );
}

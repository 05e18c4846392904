import { IntentLink } from "@/components/intent-link";
import { brand } from "@/lib/config/brand";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export function PortalCallToAction() {
  return (
    <Card as="aside" tone="brand" aria-labelledby="cta-heading" className="mt-12">
      <h2 id="cta-heading" className="text-2xl">
        Put this into practice
      </h2>
      <p className="mt-2">
        Add your interview to the {brand.siteName} portal and get a plan with dates: your thank-you note, a reflection
        while it is fresh, and a reminder when it is time to follow up.
      </p>
      <p className="mt-4 flex flex-wrap gap-3">
        <IntentLink href="/sign-in" className={buttonClass("primary")}>
          Track this interview
        </IntentLink>
        <a href={`tel:${brand.phone.tel}`} className={buttonClass("secondary")}>
          Call a consultant on {brand.phone.display}
        </a>
      </p>
    </Card>
  );
}

import { IntentLink } from "@/components/intent-link";
import { ContactDetails } from "@/components/contact-details";
import { brand } from "@/lib/config/brand";
import { mainNav } from "@/lib/config/navigation";

export function SiteFooter() {
  // Pages are static, so the year is the build year; every deploy refreshes it.
  const year = new Date().getFullYear();

  return (
    <footer className="on-dark mt-16 bg-brand-dark">
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-10 md:grid-cols-3">
        <div>
          <h2 className="mb-3 text-lg">Contact us</h2>
          <ContactDetails />
        </div>

        <div>
          <h2 className="mb-3 text-lg">Talk to a consultant</h2>
          <p>
            Just had an interview we arranged? Ring your consultant the same day to talk it
            through. Not sure who to ask for? Call or email and we will put you in touch.
          </p>
          <p className="mt-3">
            <IntentLink href="/about#contact">All the ways to reach us</IntentLink>
          </p>
        </div>

        <nav aria-label="Footer">
          <h2 className="mb-3 text-lg">On this site</h2>
          <ul className="space-y-1">
            {mainNav.map((item) => (
              <li key={item.href}>
                <IntentLink href={item.href}>{item.label}</IntentLink>
              </li>
            ))}
            <li>
              <IntentLink href="/sign-in">Sign in to your portal</IntentLink>
            </li>
          </ul>
        </nav>
      </div>

      <div className="border-t border-brand">
        <div className="mx-auto max-w-5xl space-y-2 px-4 py-6 text-sm">
          <p>
            {brand.siteName} is the advice site and candidate portal of {brand.agencyName},{" "}
            {brand.city}. © {year} {brand.legalName}.
          </p>
          <p>
            Our advice is general guidance. For help with your own situation, talk to one of our
            consultants.
          </p>
        </div>
      </div>
    </footer>
  );
}

import type { Metadata } from "next";
import { IntentLink } from "@/components/intent-link";
import { ArticleCard } from "@/components/article-card";
import { JsonLd } from "@/components/json-ld";
import { brand } from "@/lib/config/brand";
import { getAllArticles } from "@/lib/content/articles";
import { homeJsonLd } from "@/lib/seo/json-ld";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = {
  alternates: { canonical: "/" },
};

const steps = [
  {
    title: "Before you leave the room",
    text: "Thank them, then ask when they expect to decide and who you should follow up with. If asking feels awkward, reception can usually give you the right name. Treat the date as a target rather than a promise: they slip.",
  },
  {
    title: "Say thank you",
    text: "Write to each interviewer within 24 hours and mention something specific you talked about. If we arranged the interview, ring your consultant the same day instead, and we will pass your thanks on.",
  },
  {
    title: "Put some distance between you and the building",
    text: "Resist lingering in reception or the café across the road. A walk clears your head, and you avoid bumping into your interviewer on their coffee run.",
  },
  {
    title: "Write down how it went",
    text: "While it is fresh, note the rapport, how easily and relevantly you answered, and your best and worst moments. It stops the late-night replays and pays off at your next interview.",
  },
  {
    title: "Decide whether you still want it",
    text: "A job can look right on paper and feel wrong in person. Take what you noticed seriously: a job you would dread is not better than waiting for the right one.",
  },
  {
    title: "Follow up at a sensible pace",
    text: "Given a timeline? Check in before it runs out: told four weeks, call at about three. No timeline? Leave it about a week after your thank-you note. Keen, not pestering.",
  },
  {
    title: "Keep looking",
    text: "However well it went and however much you want it, keep applying. This one may not come off, and good roles come and go while you wait.",
  },
];

const portalFeatures = [
  "A plan for each interview, built from the seven steps, with a date for each one",
  "Thank-you drafts for each interviewer, ready to edit and send (or hand to your consultant)",
  "Follow-up reminders on working days, paced so you never feel you are nagging",
  "Private notes on how each interview went, shared with your consultant only if you choose",
];

export default function HomePage() {
  return (
    <>
      <section aria-labelledby="intro-heading" className="max-w-3xl">
        <h1 id="intro-heading" className="text-3xl sm:text-5xl">
          {brand.tagline}
        </h1>
        <p className="mt-5 text-lg text-muted">
          {brand.siteName} is practical, no-nonsense advice from {brand.agencyName} in{" "}
          {brand.city} on the days after an interview, plus a portal that turns that advice
          into a plan: what to do next, by when, with a reminder when it is time.
        </p>
        <div className="mt-7 flex flex-wrap gap-3">
          <IntentLink href="/sign-in" className={buttonClass("primary")}>
            Start your plan
          </IntentLink>
          <IntentLink href="/advice" className={buttonClass("secondary")}>
            Read the advice
          </IntentLink>
        </div>
      </section>

      <section aria-labelledby="steps-heading" className="mt-16">
        <h2 id="steps-heading" className="text-2xl sm:text-3xl">
          The seven steps at a glance
        </h2>
        <p className="mt-3 max-w-3xl text-muted">
          The interview is over. Here is what to do next, in roughly the order it comes up.
        </p>
        <ol className="mt-6 grid gap-4 sm:grid-cols-2">
          {steps.map((step, index) => (
            <Card as="li" key={step.title} tone="muted">
              <h3 className="text-lg">
                <span className="text-brand">Step {index + 1}:</span> {step.title}
              </h3>
              <p className="mt-2">{step.text}</p>
            </Card>
          ))}
        </ol>
      </section>

      <section aria-labelledby="latest-heading" className="mt-16">
        <h2 id="latest-heading" className="text-2xl sm:text-3xl">
          Latest advice
        </h2>
        <div className="mt-6 grid gap-4 md:grid-cols-3">
          {getAllArticles()
            .slice(0, 3)
            .map((article) => (
              <ArticleCard key={article.slug} article={article} headingLevel={3} />
            ))}
        </div>
        <p className="mt-4">
          <IntentLink href="/advice">All the advice</IntentLink>
        </p>
      </section>
      <Card as="section" tone="brand" aria-labelledby="portal-heading" className="mt-16 sm:p-8">
        <h2 id="portal-heading" className="text-2xl sm:text-3xl">
          Turn the advice into a plan
        </h2>
        <p className="mt-3 max-w-3xl">
          Add an interview to your portal and the steps become a checklist with dates attached.
        </p>
        <ul className="mt-4 list-disc space-y-1 pl-6">
          {portalFeatures.map((feature) => (
            <li key={feature}>{feature}</li>
          ))}
        </ul>
        <p className="mt-6">
          <IntentLink href="/sign-in" className={buttonClass("primary")}>
            Sign in to your portal
          </IntentLink>
        </p>
        <p className="mt-3 text-sm">
          There is no password to remember: we email you a link to sign in.
        </p>
      </Card>

      <section aria-labelledby="consultant-heading" className="mt-16 max-w-3xl">
        <h2 id="consultant-heading" className="text-2xl sm:text-3xl">
          Talk to a consultant
        </h2>
        <p className="mt-3">
          If we arranged your interview, call your consultant the same day to talk it through:
          we pass your thanks and any questions on to the employer and chase their feedback for
          you. Looking for help with your search? We would be glad to hear from you too.
        </p>
        <p className="mt-3">
          Call <a href={`tel:${brand.phone.tel}`}>{brand.phone.display}</a> or email{" "}
          <a href={`mailto:${brand.email}`}>{brand.email}</a>.
        </p>
      </section>
      <JsonLd data={homeJsonLd()} />
    </>
  );
}

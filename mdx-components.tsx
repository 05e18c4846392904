import type { MDXComponents } from "mdx/types";
import { IntentLink } from "@/components/intent-link";
import { AgencyEmail, AgencyPhone } from "@/components/agency-contact";
import { LazyPostInterviewChecklist, LazyThankYouNoteBuilder } from "@/components/tools/article-islands";
import { FollowUpCalculatorIsland } from "@/components/tools/follow-up-calculator-island";

// How Markdown elements render in articles. Internal links go through
// IntentLink, which prefetches when the reader reaches for one; everything
// else keeps its semantic element and is styled by the .prose rules in
// globals.css. The three tools are the only client JavaScript an article
// ships, each loaded only by the page that uses it; the calculator goes
// through a server wrapper so the bank-holiday rules stay on the server. The
// agency's phone and email come from the brand config.
const components: MDXComponents = {
  a: ({ href = "", children, ...props }) =>
    href.startsWith("/") ? (
      <IntentLink href={href} {...props}>
        {children}
      </IntentLink>
    ) : (
      <a href={href} rel="noopener" {...props}>
        {children}
      </a>
    ),
  table: ({ children, ...props }) => (
    <div className="table-scroll" role="region" aria-label="Table" tabIndex={0}>
      <table {...props}>{children}</table>
    </div>
  ),
  PostInterviewChecklist: LazyPostInterviewChecklist,
  ThankYouNoteBuilder: LazyThankYouNoteBuilder,
  FollowUpCalculator: FollowUpCalculatorIsland,
  AgencyPhone,
  AgencyEmail,
};

export function useMDXComponents(): MDXComponents {
  return components;
}

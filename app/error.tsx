"use client";

import { IntentLink } from "@/components/intent-link";
import { ErrorMessage } from "@/components/error-message";
import { PublicFrame } from "@/components/site-header/public-frame";
import { buttonClass } from "@/components/ui/button";

// Next 16 passes both; retry() re-fetches from the server before re-rendering,
// which is what "Try again" should do when a server component failed.
type Props = { error: unknown; retry: () => void; reset: () => void };

// Nothing is logged here: a server error is logged on the server by onRequestError (instrumentation.ts),
// with the digest this page shows, and React reports a client-side one to the browser's console itself.
export default function ErrorPage({ error, retry }: Props) {
  return (
    <PublicFrame>
      <div className="max-w-3xl">
        <ErrorMessage error={error} retry={retry}>
          <IntentLink href="/" className={buttonClass("secondary")}>
            Go to the home page
          </IntentLink>
        </ErrorMessage>
      </div>
    </PublicFrame>
  );
}

"use client";

import { brand } from "@/lib/config/brand";
import "./globals.css";

// Replaces the root layout when that layout itself fails, so it brings its own
// document and styles and depends on as little of the app as possible.

type Props = {
  error: unknown;
  retry: () => void;
  reset: () => void;
};

function digestOf(error: unknown): string | undefined {
  if (error instanceof Error && "digest" in error && typeof error.digest === "string") {
    return error.digest;
  }
  return undefined;
}

export default function GlobalError({ error, retry }: Props) {
  const digest = digestOf(error);

  return (
    <html lang="en-GB">
      <body>
        <title>{`Something went wrong · ${brand.siteName}`}</title>
        <main id="main" className="mx-auto max-w-3xl px-4 py-16">
          <h1 className="text-3xl">Sorry, something went wrong</h1>
          <p className="mt-4 text-lg text-muted">
            {brand.siteName} could not load this page. It is a problem on our side, not yours,
            and trying again often fixes it.
          </p>
          <p className="mt-6">
            <button type="button" onClick={() => retry()} className="button button-primary">
              Try again
            </button>
          </p>
          <p className="mt-6">
            If it keeps happening, call {brand.agencyName} on{" "}
            <a href={`tel:${brand.phone.tel}`}>{brand.phone.display}</a> or email{" "}
            <a href={`mailto:${brand.email}`}>{brand.email}</a>
            {digest ? " and quote the reference below" : ""}.
          </p>
          {digest ? (
            <p className="mt-3 text-sm text-muted">
              Reference: <code>{digest}</code>
            </p>
          ) : null}
        </main>
      </body>
    </html>
  );
}

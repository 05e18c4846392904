"use client";

import { ErrorMessage } from "@/components/error-message";
import { brand } from "@/lib/config/brand";
import "./globals.css";

// Replaces the root layout when that layout itself fails, so it brings its own
// document and styles and depends on as little of the app as possible.
type Props = { error: unknown; retry: () => void; reset: () => void };

export default function GlobalError({ error, retry }: Props) {
  return (
    <html lang="en-GB">
      <body>
        <title>{`Something went wrong · ${brand.siteName}`}</title>
        <main id="main" className="mx-auto max-w-3xl px-4 py-16">
          <ErrorMessage error={error} retry={retry} />
        </main>
      </body>
    </html>
  );
}

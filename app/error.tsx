"use client";

import Link from "next/link";
import { useEffect } from "react";
import { ErrorMessage } from "@/components/error-message";

// Next 16 passes both; retry() re-fetches from the server before re-rendering,
// which is what "Try again" should do when a server component failed.
type Props = { error: unknown; retry: () => void; reset: () => void };

export default function ErrorPage({ error, retry }: Props) {
  useEffect(() => {
    // Logged for developers only; the page never shows the message or stack.
    console.error(error);
  }, [error]);

  return (
    <div className="max-w-3xl">
      <ErrorMessage error={error} retry={retry}>
        <Link href="/" className="button button-secondary">
          Go to the home page
        </Link>
      </ErrorMessage>
    </div>
  );
}

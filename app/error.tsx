"use client";

import Link from "next/link";
import { useEffect } from "react";
import { brand } from "@/lib/config/brand";

type Props = {
  error: unknown;
  // Next 16 passes both; retry() re-fetches from the server before re-rendering,
  // which is what "Try again" should do when a server component failed.
  retry: () => void;
  reset: () => void;
};

function digestOf(error: unknown): string | undefined {
  if (error instanceof Error && "digest" in error && typeof error.digest === "string") {
    return error.digest;
  }
  return undefined;
}

export default function ErrorPage({ error, retry }: Props) {
  const digest = digestOf(error);

  useEffect(() => {
    // Logged for developers only; the page never shows the message or stack.
    console.error(error);
  }, [error]);

  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl">Sorry, something went wrong</h1>
      <p className="mt-4 text-lg text-muted" role="alert">
        This page did not load properly. It is a problem on our side, not yours, and trying
        again often fixes it.
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <button type="button" onClick={() => retry()} className="button button-primary">
          Try again
        </button>
        <Link href="/" className="button button-secondary">
          Go to the home page
        </Link>
      </div>
      <p className="mt-6">
        If it keeps happening, call us on{" "}
        <a href={`tel:${brand.phone.tel}`}>{brand.phone.display}</a> or email{" "}
        <a href={`mailto:${brand.email}`}>{brand.email}</a>
        {digest ? " and quote the reference below" : ""}.
      </p>
      {digest ? (
        <p className="mt-3 text-sm text-muted">
          Reference: <code>{digest}</code>
        </p>
      ) : null}
    </div>
  );
}

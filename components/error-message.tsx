"use client";

import { brand } from "@/lib/config/brand";
import { buttonClass } from "@/components/ui/button";

type Props = { error: unknown; retry: () => void; children?: React.ReactNode };

function digestOf(error: unknown): string | undefined {
  if (error instanceof Error && "digest" in error && typeof error.digest === "string") {
    return error.digest;
  }
  return undefined;
}

/** Never the error's message or stack; only the digest, which the server logs. */
export function ErrorMessage({ error, retry, children }: Props) {
  const digest = digestOf(error);
  return (
    <>
      <h1 className="text-3xl">Sorry, something went wrong</h1>
      <p className="mt-4 text-lg text-muted" role="alert">
        This page did not load properly. It is a problem on our side, not yours, and trying again often fixes it.
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <button type="button" onClick={() => retry()} className={buttonClass("primary")}>
          Try again
        </button>
        {children}
      </div>
      <p className="mt-6">
        If it keeps happening, call {brand.agencyName} on <a href={`tel:${brand.phone.tel}`}>{brand.phone.display}</a> or
        email <a href={`mailto:${brand.email}`}>{brand.email}</a>
        {digest ? " and quote the reference below" : ""}.
      </p>
      {digest ? (
        <p className="mt-3 text-sm text-muted">
          Reference: <code>{digest}</code>
        </p>
      ) : null}
    </>
  );
}

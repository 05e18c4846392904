"use client";

import { useEffect, useState } from "react";
import { clearSignedInHint } from "@/components/site-header/signed-in-hint";

/**
 * Islands build only: a page without Next.js's runtime cannot call the sign-out server action, so
 * the menu posts to Auth.js's own sign-out endpoint with its CSRF token. The hint cookie the server
 * action would delete is deleted here, so the page we land on does not ask who is signed in.
 */
export function SignOutForm() {
  const [csrfToken, setCsrfToken] = useState("");

  useEffect(() => {
    let live = true;
    fetch("/api/auth/csrf", { credentials: "same-origin" })
      .then((response): Promise<{ csrfToken?: string }> => (response.ok ? response.json() : Promise.resolve({})))
      .then((answer) => {
        if (live && answer.csrfToken) setCsrfToken(answer.csrfToken);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  return (
    <form
      method="post"
      action="/api/auth/signout"
      className="border-t border-line pt-1"
      onSubmit={clearSignedInHint}
    >
      <input type="hidden" name="csrfToken" value={csrfToken} />
      <input type="hidden" name="callbackUrl" value="/?signed-out=1" />
      <button type="submit" className="menu-link w-full text-left" disabled={!csrfToken}>
        Sign out
      </button>
    </form>
  );
}

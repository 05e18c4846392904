"use client";

import { IntentLink } from "@/components/intent-link";
import { useEffect } from "react";
import { useDismissableDetails } from "@/components/ui/use-dismissable-details";
import type { AccountSummary } from "@/lib/auth/account-summary";
import { setSignedInHint } from "./signed-in-hint";
import { SignOutForm } from "./sign-out-form";

function initials(name: string): string {
  const words = name.replace(/@.*/, "").split(/[\s._-]+/).filter(Boolean);
  return (words.length > 1 ? `${words[0]![0]}${words.at(-1)![0]}` : (words[0] ?? "?").slice(0, 2)).toUpperCase();
}

/** Who is signed in, the way to their pages, and sign out: a menu button in the header bar. */
export function AccountMenu({ account }: { account: AccountSummary }) {
  const ref = useDismissableDetails();

  // Tells the static pages' header to ask who this is (see signedInHintCookie).
  useEffect(setSignedInHint, []);

  return (
    <details ref={ref} className="menu relative">
      <summary className="menu-button">
        <span aria-hidden="true" className="avatar">
          {initials(account.name)}
        </span>
        <span className="sr-only">Account: </span>
        <span className="sr-only max-w-[12rem] truncate lg:not-sr-only">{account.name}</span>
      </summary>
      <div className="menu-panel right-0 w-64">
        <p className="border-b border-line px-3 pb-2 text-sm text-muted">
          Signed in as <span className="block truncate font-semibold text-ink">{account.name}</span>
        </p>
        <ul className="py-1">
          {account.links.map((link) => (
            <li key={link.href}>
              <IntentLink href={link.href} className="menu-link">
                {link.label}
              </IntentLink>
            </li>
          ))}
        </ul>
        <SignOutForm />
      </div>
    </details>
  );
}

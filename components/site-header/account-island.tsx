"use client";

import { IntentLink } from "@/components/intent-link";
import { useEffect, useState } from "react";
import type { AccountSummary } from "@/lib/auth/account-summary";
import { hasSignedInHint } from "./signed-in-hint";
import { AccountMenu } from "./account-menu";
import { buttonClass } from "@/components/ui/button";

type Answer = { signedIn: true; account: AccountSummary } | { signedIn: false };

async function askWhoIsSignedIn(): Promise<AccountSummary | null> {
  if (!hasSignedInHint()) return null;
  const response = await fetch("/api/account", { cache: "no-store", credentials: "same-origin" });
  if (!response.ok) return null;
  const answer = (await response.json()) as Answer;
  return answer.signedIn ? answer.account : null;
}

/** The header's account corner on static pages: "Sign in" until it learns someone is signed in. */
export function AccountIsland() {
  const [account, setAccount] = useState<AccountSummary | null>(null);

  useEffect(() => {
    let live = true;
    askWhoIsSignedIn()
      .then((found) => {
        if (live) setAccount(found);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  return account ? <AccountMenu account={account} /> : <SignInLink />;
}

export function SignInLink() {
  return (
    <IntentLink href="/sign-in" className={buttonClass("primary", "sm", "whitespace-nowrap")}>
      Sign in
    </IntentLink>
  );
}

"use client";

import { signOutAction } from "@/app/(auth)/sign-out/actions";

/** The account menu's sign-out: a server action, so it works before (and without) JavaScript too. */
export function SignOutForm() {
  return (
    <form action={signOutAction} className="border-t border-line pt-1">
      <button type="submit" className="menu-link w-full text-left">
        Sign out
      </button>
    </form>
  );
}

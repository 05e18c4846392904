import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/dal";
import { signOutAction } from "./actions";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Sign out", robots: { index: false } };

export default async function SignOutPage() {
  const user = await getCurrentUser();
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-3xl font-bold">Sign out</h1>
      {user ? (
        <>
          <p>You are signed in as {user.email}. Sign out on this device?</p>
          <form action={signOutAction}>
            <button type="submit" className={buttonClass("primary")}>
              Sign out
            </button>
          </form>
        </>
      ) : (
        <p>
          You are not signed in. <Link href="/sign-in" className="underline">Sign in</Link>
        </p>
      )}
    </div>
  );
}

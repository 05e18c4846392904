import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser, homeFor } from "@/lib/auth/dal";
import { safeReturnPath } from "@/lib/auth/return-path";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { callbackUrl, error } = await searchParams;
  const user = await getCurrentUser();
  if (user) redirect(safeReturnPath(callbackUrl, homeFor(user.role)));

  return (
    <div className="mx-auto max-w-md space-y-6 px-4 py-12">
      <h1 className="text-3xl font-bold">Sign in</h1>
      <p>
        Enter your email address and we will send you a link to sign in. No password needed. If you are new, the
        same link creates your account.
      </p>
      {error ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          We could not check that sign-in request. Please enter your email address again.
        </p>
      ) : null}
      <SignInForm callbackUrl={typeof callbackUrl === "string" ? safeReturnPath(callbackUrl) : undefined} />
    </div>
  );
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser, homeFor } from "@/lib/auth/dal";
import { safeReturnPath } from "@/lib/auth/return-path";
import { SignInForm } from "./_components/sign-in-form";
import { Notice } from "@/components/ui/notice";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { callbackUrl, error } = await searchParams;
  const user = await getCurrentUser();
  if (user) redirect(safeReturnPath(callbackUrl, homeFor(user.role)));

  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold">Sign in</h1>
      <p>
        Enter your email address and we will send you a link to sign in. No password needed. If you are new, the
        same link creates your account.
      </p>
      {error ? (
        <Notice tone="danger" role="alert">
          We could not check that sign-in request. Please enter your email address again.
        </Notice>
      ) : null}
      <SignInForm callbackUrl={typeof callbackUrl === "string" ? safeReturnPath(callbackUrl) : undefined} />
    </div>
  );
}

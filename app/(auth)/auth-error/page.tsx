import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Sign-in problem", robots: { index: false } };

// Auth.js sends its errors here as ?error=Code. Codes are mapped to plain
// words; anything unknown gets the general message, never internal detail.
const explanations: Record<string, { heading: string; body: string }> = {
  Verification: {
    heading: "This sign-in link has expired or has already been used",
    body: "Each link works once and only for a short while. Ask for a new one and use the newest email.",
  },
  AccessDenied: {
    heading: "You cannot sign in with this account",
    body: "If you think this is a mistake, contact the agency and we will look into it.",
  },
  Configuration: {
    heading: "Sign-in is not working right now",
    body: "Something is wrong on our side. Please try again in a few minutes.",
  },
};

const general = {
  heading: "We could not sign you in",
  body: "Please ask for a new sign-in link and try again.",
};

export default async function AuthErrorPage({ searchParams }: PageProps<"/auth-error">) {
  const { error } = await searchParams;
  const { heading, body } = (typeof error === "string" && explanations[error]) || general;
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-3xl font-bold">{heading}</h1>
      <p>{body}</p>
      <p>
        <Link href="/sign-in" className="font-semibold underline">
          Get a new sign-in link
        </Link>
      </p>
    </div>
  );
}

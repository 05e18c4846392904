import type { Metadata } from "next";
import { IntentLink } from "@/components/intent-link";
import { brand } from "@/lib/config/brand";

export const metadata: Metadata = { title: "Your account is deleted", robots: { index: false } };

/** Where erasure lands: the session is already gone, so this page asks for none. */
export default function AccountDeletedPage() {
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-3xl font-bold">Your account is deleted</h1>
      <p>
        Your account and everything in it are gone, and you are signed out on every device. {brand.agencyName} no
        longer holds your applications, interviews, notes or choices.
      </p>
      <p>
        If you sign in again with the same address, you will start a new, empty account. Questions about your data?
        Email <a href={`mailto:${brand.email}`} className="underline">{brand.email}</a>.
      </p>
      <p>
        <IntentLink href="/advice" className="underline">Read our interview advice</IntentLink>, which needs no account.
      </p>
    </div>
  );
}

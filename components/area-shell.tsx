import type { ReactNode } from "react";
import { getCurrentUser } from "@/lib/auth/dal";
import { accountSummary } from "@/lib/auth/account-summary";
import { AccountMenu } from "@/components/site-header/account-menu";
import { SignInLink } from "@/components/site-header/account-island";
import { SiteHeader, type HeaderArea } from "@/components/site-header/site-header";

/** The header and main of a private area. Does not gate access; every page checks for itself. */
export async function AreaShell({ area, children }: { area: HeaderArea; children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <>
      <SiteHeader account={user ? <AccountMenu account={accountSummary(user)} /> : <SignInLink />} area={area} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 md:py-8">
        {children}
      </main>
    </>
  );
}

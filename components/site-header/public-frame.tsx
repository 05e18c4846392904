import type { ReactNode } from "react";
import { IslandRoot } from "@/components/islands/island-root";
import { AccountIsland } from "./account-island";
import { SiteHeader } from "./site-header";

/** The header and main of every public page: static, with the account corner filled in by the browser. */
export function PublicFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader
        account={
          <IslandRoot name="account">
            <AccountIsland />
          </IslandRoot>
        }
      />
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 md:py-10">
        {children}
      </main>
    </>
  );
}

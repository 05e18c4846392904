import type { ReactNode } from "react";
import { IntentLink } from "@/components/intent-link";
import { brand } from "@/lib/config/brand";
import { mainNav, type NavItem } from "@/lib/config/navigation";
import { NavLinks } from "./nav-links";
import { PhoneMenu } from "./phone-menu";

export type HeaderArea = { label: string; nav: readonly NavItem[] };

type Props = {
  /** The account corner: the static pages' island, or the signed-in menu on private pages. */
  account: ReactNode;
  /** A private area's own menu: tabs under the bar on wide screens, inside the menu on phones. */
  area?: HeaderArea;
};

// One bar on phones (name, account, Menu); the menus inline from 768px.
export function SiteHeader({ account, area }: Props) {
  return (
    <header className="relative border-b border-line bg-white">
      <div className={`mx-auto flex ${area ? "max-w-6xl" : "max-w-5xl"} items-center justify-between gap-x-6 px-4 py-2 md:py-3`}>
        <IntentLink href="/" className="no-underline">
          <span className="block text-lg leading-tight font-bold text-brand-dark md:text-xl">{brand.siteName}</span>
          <span className="block text-xs text-muted md:text-sm">by {brand.agencyName}</span>
        </IntentLink>

        <div className="hidden md:block">
          <NavLinks items={mainNav} label="Main" variant="site" />
        </div>

        <div className="flex items-center gap-2">
          <a href={`tel:${brand.phone.tel}`} className="mr-2 hidden font-medium lg:inline">
            Call {brand.phone.display}
          </a>
          {account}
          <PhoneMenu>
            {area ? <NavLinks items={area.nav} label={area.label} variant="menu" /> : null}
            <NavLinks items={mainNav} label="Main" variant="menu" />
            <p className="border-t border-line px-3 pt-3">
              <a href={`tel:${brand.phone.tel}`}>Call {brand.phone.display}</a>
            </p>
          </PhoneMenu>
        </div>
      </div>

      {area ? (
        <div className="hidden border-t border-line bg-surface md:block">
          <div className="mx-auto max-w-6xl px-4">
            <NavLinks items={area.nav} label={area.label} variant="area" />
          </div>
        </div>
      ) : null}
    </header>
  );
}

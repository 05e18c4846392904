"use client";

import { IntentLink } from "@/components/intent-link";
import { usePathname } from "next/navigation";
import { currentHref } from "@/lib/config/current-nav";
import type { NavItem } from "@/lib/config/navigation";

type Props = { items: readonly NavItem[]; label: string; variant: "site" | "area" | "menu" };

const linkClass: Record<Props["variant"], string> = {
  site: "nav-link",
  area: "area-tab",
  menu: "menu-link",
};

/** A menu whose current item is marked for screen readers (aria-current) and by more than colour. */
export function NavLinks({ items, label, variant }: Props) {
  const current = currentHref(usePathname() ?? "", items.map((item) => item.href));
  return (
    <nav aria-label={label}>
      <ul className={variant === "menu" ? "space-y-1" : "flex flex-wrap gap-x-1 gap-y-1"}>
        {items.map((item) => (
          <li key={item.href}>
            <IntentLink href={item.href} className={linkClass[variant]} aria-current={item.href === current ? "page" : undefined}>
              {item.label}
            </IntentLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

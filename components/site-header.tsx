import Link from "next/link";
import { brand } from "@/lib/config/brand";
import { mainNav } from "@/lib/config/navigation";

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-8 gap-y-3 px-4 py-4">
        <Link href="/" className="no-underline">
          <span className="block text-xl font-bold text-brand-dark">{brand.siteName}</span>
          <span className="block text-sm text-muted">by {brand.agencyName}</span>
        </Link>

        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            {mainNav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="font-medium">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>

        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <a href={`tel:${brand.phone.tel}`} className="font-medium">
            Call {brand.phone.display}
          </a>
          <Link href="/sign-in" className="font-medium">
            Sign in
          </Link>
          <Link href="/portal" className="button button-primary">
            Your portal
          </Link>
        </div>
      </div>
    </header>
  );
}

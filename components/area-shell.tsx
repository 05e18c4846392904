import type { ReactNode } from "react";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/dal";

type Props = { label: string; nav: readonly { href: string; label: string }[]; children: ReactNode };

/** Does not gate access; every page checks for itself. */
export async function AreaShell({ label, nav, children }: Props) {
  const user = await getCurrentUser();
  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4 border-b border-stone-300 pb-4">
        <nav aria-label={label}>
          <ul className="flex flex-wrap gap-4">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="font-semibold text-brand-dark underline-offset-4 hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {user ? (
          <p className="text-sm">
            Signed in as <span className="font-semibold">{user.name ?? user.email}</span> ·{" "}
            <Link href="/sign-out" className="underline">Sign out</Link>
          </p>
        ) : null}
      </div>
      {children}
    </div>
  );
}

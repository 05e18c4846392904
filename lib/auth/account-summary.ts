import type { Role } from "@/lib/domain/values";

// What the header shows of the signed-in person: a name and where their pages are. Never an id.

export type AccountSummary = { name: string; links: { href: string; label: string }[] };

/** Read by the header on static pages, which cannot see the (HttpOnly) session cookie: it says only
 *  "ask who I am", so signed-out readers cost the server nothing. It carries no identity. */
export const signedInHintCookie = "ns-signed-in";

export function accountSummary(user: { name: string | null; email: string; role: Role }): AccountSummary {
  const name = user.name?.trim() || user.email;
  if (user.role === "candidate") {
    return {
      name,
      links: [
        { href: "/portal", label: "Your portal" },
        { href: "/portal/settings", label: "Settings" },
        { href: "/portal/privacy", label: "Privacy and data" },
      ],
    };
  }
  const staff = [{ href: "/consultant", label: "Consultant area" }];
  return { name, links: user.role === "admin" ? [...staff, { href: "/admin", label: "Admin area" }] : staff };
}

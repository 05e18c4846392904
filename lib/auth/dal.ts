import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import type { Role } from "@/lib/domain/values";
import { auth } from "./auth";
import { safeReturnPath } from "./return-path";
import { noteRequestUser } from "@/lib/log/request-context";

// The one gate every page, route handler and server action goes through.
// proxy.ts only redirects early; this is where access is decided.

export type CurrentUser = { id: string; name: string | null; email: string; role: Role };

/** The signed-in user for this request, read once per render. A deactivated account's session has
 *  no user (auth.ts's session callback), so they are signed out here. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const user = session?.user as Partial<CurrentUser> | undefined;
  if (!user?.id || !user.email || !user.role) return null;
  noteRequestUser(user.id);
  return { id: user.id, name: user.name ?? null, email: user.email, role: user.role };
});

export async function requireUser(returnTo = "/portal"): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(safeReturnPath(returnTo))}`);
  return user;
}

export async function requireRole(roles: readonly Role[], returnTo?: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (!roles.includes(user.role)) forbidden();
  return user;
}

export function homeFor(role: Role): string {
  return role === "candidate" ? "/portal" : "/consultant";
}

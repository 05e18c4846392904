"use server";

import { cookies } from "next/headers";
import { signOut } from "@/lib/auth/auth";
import { getCurrentUser } from "@/lib/auth/dal";
import { signedInHintCookie } from "@/lib/auth/account-summary";

export async function signOutAction(): Promise<void> {
  // Signing out someone who is not signed in is a no-op, not an error.
  const user = await getCurrentUser();
  (await cookies()).delete(signedInHintCookie);
  await signOut({ redirectTo: user ? "/?signed-out=1" : "/" });
}

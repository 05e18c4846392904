"use server";

import { signOut } from "@/lib/auth/auth";
import { getCurrentUser } from "@/lib/auth/dal";

export async function signOutAction(): Promise<void> {
  // Signing out someone who is not signed in is a no-op, not an error.
  const user = await getCurrentUser();
  await signOut({ redirectTo: user ? "/?signed-out=1" : "/" });
}

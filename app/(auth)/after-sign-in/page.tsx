import { redirect } from "next/navigation";
import { homeFor, requireUser } from "@/lib/auth/dal";

/** Sign-in lands here when no page was asked for; each role has its own start. */
export default async function AfterSignInPage() {
  const user = await requireUser();
  redirect(homeFor(user.role));
}

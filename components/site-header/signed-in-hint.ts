import { signedInHintCookie } from "@/lib/auth/account-summary";
import { sessionMaxAgeSeconds } from "@/lib/auth/session-lifetime";

// The browser's side of the signed-in hint (see signedInHintCookie): set by the account menu on any
// signed-in page, read by the static pages' header, cleared on sign-out.

function attributes(maxAgeSeconds: number): string {
  const secure = window.location.protocol === "https:" ? "; Secure" : "";
  return `Path=/; Max-Age=${maxAgeSeconds}; SameSite=Lax${secure}`;
}

export function hasSignedInHint(): boolean {
  return document.cookie.split("; ").some((pair) => pair.startsWith(`${signedInHintCookie}=`));
}

export function setSignedInHint(): void {
  document.cookie = `${signedInHintCookie}=1; ${attributes(sessionMaxAgeSeconds)}`;
}

export function clearSignedInHint(): void {
  document.cookie = `${signedInHintCookie}=; ${attributes(0)}`;
}

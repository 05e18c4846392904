import { siteOrigin } from "../../lib/env";

// Emails are read outside the site, so every link in them is absolute.

export function siteUrl(path: string): string {
  return new URL(path, siteOrigin()).toString();
}

export function interviewUrl(interviewId: string, page?: "thank-you" | "reflection"): string {
  const base = `/portal/interviews/${encodeURIComponent(interviewId)}`;
  return siteUrl(page ? `${base}/${page}` : base);
}

export const emailPreferencesPath = "/portal/settings";

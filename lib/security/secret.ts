import { env, isProductionServer } from "@/lib/env";

// Auth.js signs CSRF tokens and hashes sign-in tokens with AUTH_SECRET, and
// builds sign-in links from AUTH_URL. Production must set both: without
// AUTH_URL the link's host would come from request headers a client can
// forge. Development and tests get working defaults so `npm run dev` needs
// no configuration.
const developmentSecret = "next-steps-development-secret-not-for-production";

export function authSecret(): string {
  const settings = env();
  if (isProductionServer(settings)) {
    if (!settings.AUTH_SECRET) throw new Error("AUTH_SECRET must be set in production (`openssl rand -base64 32`).");
    if (!settings.AUTH_URL) throw new Error("AUTH_URL must be set in production (the site's public origin).");
  }
  return settings.AUTH_SECRET ?? developmentSecret;
}

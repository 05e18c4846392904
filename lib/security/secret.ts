// Auth.js signs CSRF tokens and hashes sign-in tokens with AUTH_SECRET, and
// builds sign-in links from AUTH_URL. Production must set both: without
// AUTH_URL the link's host would come from request headers a client can
// forge. Development and tests get working defaults so `npm run dev` needs
// no configuration.
const developmentSecret = "next-steps-development-secret-not-for-production";

function isProductionServer(): boolean {
  return process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build";
}

export function authSecret(): string {
  if (isProductionServer()) {
    if (!process.env.AUTH_SECRET) throw new Error("AUTH_SECRET must be set in production (`openssl rand -base64 32`).");
    if (!process.env.AUTH_URL) throw new Error("AUTH_URL must be set in production (the site's public origin).");
  }
  return process.env.AUTH_SECRET ?? developmentSecret;
}

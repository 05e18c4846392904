// Auth.js signs CSRF tokens and hashes sign-in tokens with this secret.
// Production must set AUTH_SECRET; development and tests get a fixed value so
// `npm run dev` works with no configuration.
const developmentSecret = "next-steps-development-secret-not-for-production";

export function authSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (secret) return secret;
  if (process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build") {
    throw new Error("AUTH_SECRET must be set in production (generate one with `openssl rand -base64 32`).");
  }
  return developmentSecret;
}

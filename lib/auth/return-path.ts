/** Only same-site paths, so a crafted link cannot send someone elsewhere after sign-in. */
export function safeReturnPath(value: unknown, fallback = "/portal"): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  if (value.startsWith("//") || value.includes("\\") || /[\s\u0000-\u001f]/.test(value)) return fallback;
  return value.slice(0, 512);
}

// Inline scripts run only if vouched for: a fresh nonce per request on dynamic pages, SHA-256 hashes
// (scripts/csp-hashes.mjs) on prerendered ones. An injected inline script has neither.

export type CspInput = {
  /** 'nonce-…' and 'sha256-…' sources allowed for inline scripts. */
  inlineScripts: readonly string[];
  /** next dev evaluates code for Fast Refresh and talks over a WebSocket. */
  development: boolean;
};

export function contentSecurityPolicy({ inlineScripts, development }: CspInput): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", ...inlineScripts, ...(development ? ["'unsafe-eval'"] : [])],
    // Inline style attributes (React's style prop, and emails shown in the local mailbox) are not script.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(development ? ["ws:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

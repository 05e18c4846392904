// The Content-Security-Policy of every page. Scripts run only if they come
// from this origin or are inline scripts the server vouched for: dynamic
// pages carry a fresh nonce per request (Next.js puts it on its own scripts),
// prerendered pages list the SHA-256 of each inline script they were built
// with (scripts/csp-hashes.mjs). An injected inline script has neither.
// Pure: proxy.ts calls it with the nonce or the hashes.

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

/** 16 random bytes, base64: unguessable and fresh for every request. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

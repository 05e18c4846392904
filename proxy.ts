import { readFileSync } from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { bodyTooLargeResponse, declaresOversizedBody, lengthRequiredResponse, streamsUndeclaredBody } from "@/lib/security/body-limits";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";

// Three jobs before any page renders, none of them a decision about access
// (every page and action checks the session itself):
// - a 413 for a body declared over the site's limit, and a 411 for one of
//   undeclared length, before anything reads it;
// - an early redirect to sign in for visitors to the signed-in areas who have
//   no session cookie at all;
// - the Content-Security-Policy of every page rendered per request: a fresh
//   nonce (prerendered pages get theirs from header rules; see the matcher).

const sessionCookies = ["authjs.session-token", "__Secure-authjs.session-token"];
const signedInAreas = ["/portal", "/consultant", "/admin"];
const development = env().NODE_ENV === "development";

type StaticHashes = { routes: Record<string, string[]>; notFound: string[] };
let staticHashes: StaticHashes | undefined;

/**
 * Written by scripts/csp-hashes.mjs after `next build`. Not read by next dev,
 * where every page renders per request (and a manifest left by an earlier
 * build would describe other HTML).
 */
function loadStaticHashes(): StaticHashes {
  if (development) return { routes: {}, notFound: [] };
  if (!staticHashes) {
    try {
      staticHashes = JSON.parse(readFileSync(path.join(process.cwd(), ".next", "csp-hashes.json"), "utf8")) as StaticHashes;
    } catch {
      staticHashes = { routes: {}, notFound: [] };
    }
  }
  return staticHashes;
}

function isInSignedInArea(pathname: string): boolean {
  return signedInAreas.some((area) => pathname === area || pathname.startsWith(`${area}/`));
}

/** A router prefetch: its answer is not a document, so it needs no policy of its own. */
function isPrefetch(headers: Headers): boolean {
  return headers.has("next-router-prefetch") || headers.get("purpose")?.toLowerCase() === "prefetch";
}

export function proxy(request: NextRequest) {
  // Whatever else the request claims to be: headers cost a client nothing.
  if (declaresOversizedBody(request.headers)) return bodyTooLargeResponse();
  if (streamsUndeclaredBody(request.headers)) return lengthRequiredResponse();
  if (isPrefetch(request.headers)) return NextResponse.next();
  const { pathname } = request.nextUrl;
  if (isInSignedInArea(pathname) && !sessionCookies.some((name) => request.cookies.has(name))) {
    const signIn = new URL("/sign-in", request.nextUrl.origin);
    signIn.searchParams.set("callbackUrl", pathname + request.nextUrl.search);
    return NextResponse.redirect(signIn);
  }

  // A prerendered page the matcher did not leave out (the build names any) still gets its hashes.
  const hashes = loadStaticHashes();
  const prerendered = hashes.routes[pathname.replace(/\/$/, "") || "/"];
  if (prerendered) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", contentSecurityPolicy({ inlineScripts: prerendered, development }));
    return response;
  }

  // Rendered now: Next.js reads the nonce from the request's policy and puts
  // it on its scripts. An unknown path gets the prerendered not-found page,
  // so its hashes are allowed too.
  const nonce = newNonce();
  const policy = contentSecurityPolicy({ inlineScripts: [`'nonce-${nonce}'`, ...hashes.notFound], development });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    // Everything but Next.js's own files (the build's assets, images, the dev
    // server's hot-reload socket) and the prerendered pages: the home page,
    // /about, /account-deleted, /advice, its articles and its tags. Those are
    // served as built, with no code run per request; their policy comes from
    // the header rules scripts/csp-hashes.mjs adds. The search page is
    // rendered per request and keeps the proxy. Prefetches come through too:
    // a header must not skip the body checks.
    "/((?!$|_next/|favicon.ico|fonts/|about$|account-deleted$|advice$|advice/tags/[^/]+$|advice/(?!search$|tags/)[^/]+$).*)",
    // A server action reads a body wherever it is posted, a prerendered page included (signing out from its header).
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
  ],
};

// What the tests that call every server action or route handler directly
// fake (the authorization matrix, the fuzz tests): who is signed in
// (Auth.js's auth(), read by the real lib/auth/dal), Auth.js's signIn and
// signOut (recorded: for the public actions they are the effect) and route
// handlers, next/navigation's interrupts, the cache and the request headers.
// Everything behind them stays real. Each test file wires them with
//   vi.mock("@/lib/auth/auth", async () => (await import("@/test/next-fakes")).authModule);
import { vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/dal";

export const fakeSession: { user: CurrentUser | null } = { user: null };

/** What redirect(), notFound() and friends throw here; `message` is "redirect /target" or "notFound". */
export class Interrupt extends Error {}

export const authModule = {
  auth: async () => (fakeSession.user ? { user: fakeSession.user } : null),
  signIn: vi.fn(async (..._args: unknown[]) => undefined),
  signOut: vi.fn(async (..._args: unknown[]) => undefined),
  // Auth.js's own endpoints are not ours to fuzz: only the wrapper in app/api/auth is.
  handlers: {
    GET: async () => new Response(null, { status: 302, headers: { Location: "/" } }),
    POST: async () => new Response(null, { status: 302, headers: { Location: "/" } }),
  },
  signInLinkMinutes: 10,
};

const interrupt = (kind: string) => (target?: string) => {
  throw new Interrupt(target ? `${kind} ${target}` : kind);
};

export const navigationModule = {
  redirect: interrupt("redirect"),
  permanentRedirect: interrupt("redirect"),
  notFound: interrupt("notFound"),
  forbidden: interrupt("forbidden"),
  unauthorized: interrupt("unauthorized"),
};

export const cacheModule = { revalidatePath: () => {}, revalidateTag: () => {} };
/** The request's cookies as an action sees them: starts empty; what actions set or delete stays here. */
export const testCookies = new Map<string, string>();
export const headersModule = {
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }),
  cookies: async () => ({
    get: (name: string) => (testCookies.has(name) ? { name, value: testCookies.get(name)! } : undefined),
    set: (name: string, value: string) => void testCookies.set(name, value),
    delete: (name: string) => void testCookies.delete(name),
  }),
};

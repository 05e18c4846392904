import { AsyncLocalStorage } from "node:async_hooks";

// What the request log line learns while a request is handled: its id from the start, the user's
// id once the data-access layer has read the session. One store per process, on globalThis, since
// Next.js bundles the code that opens it (instrumentation) apart from the code that fills it (routes).

export type RequestContext = { requestId: string; userId?: string };

const key = Symbol.for("next-steps.request-context");
const holder = globalThis as { [key]?: AsyncLocalStorage<RequestContext> };

export function requestContextStorage(): AsyncLocalStorage<RequestContext> {
  holder[key] ??= new AsyncLocalStorage<RequestContext>();
  return holder[key];
}

/** The request being handled, if any (none in the worker, a script or a unit test). */
export function currentRequest(): RequestContext | undefined {
  return holder[key]?.getStore();
}

/** Called where a session is read: the request's log line names the user by id, never by address. */
export function noteRequestUser(userId: string): void {
  const context = currentRequest();
  if (context) context.userId = userId;
}

import "server-only";
import { Server, type IncomingMessage, type ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";
import { env } from "@/lib/env";
import { logger } from "./logger";
import { requestContextStorage, type RequestContext } from "./request-context";
import { requestIdFor, requestIdHeader } from "./request-id";
import { routeOf } from "./route-of";

// One line per request, with its duration, written when the response has gone. proxy.ts runs
// before the handler and never sees the answer, so this hooks the Node server itself, as
// lib/security/client-ip.ts does: the request gets its id (set as a request header, so proxy.ts,
// handlers and onRequestError read the same one, and sent back in X-Request-Id), and is handled
// inside a context the data-access layer writes the user's id to.

const installed = Symbol.for("next-steps.request-log");
const holder = globalThis as { [installed]?: boolean };

type RequestEmitter = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;

/** Called once at server start (lib/boot/server-start.ts), before any request is handled. */
export function installRequestLog(trustedProxyHops: number = env().TRUSTED_PROXY_HOPS): void {
  if (holder[installed]) return;
  const emit = Server.prototype.emit as RequestEmitter;
  Server.prototype.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
    if (event !== "request") return emit.call(this, event, ...args);
    const [request, response] = args as [IncomingMessage, ServerResponse];
    const context = startRequest(request, response, trustedProxyHops);
    return requestContextStorage().run(context, () => emit.call(this, event, ...args));
  } as typeof Server.prototype.emit;
  holder[installed] = true;
}

function startRequest(request: IncomingMessage, response: ServerResponse, trustedProxyHops: number): RequestContext {
  const requestId = requestIdFor(request.headers[requestIdHeader], trustedProxyHops);
  request.headers[requestIdHeader] = requestId;
  response.setHeader("X-Request-Id", requestId);
  const context: RequestContext = { requestId };
  const started = performance.now();
  response.once("close", () => {
    const route = routeOf(request.url ?? "/");
    const line = {
      reqId: requestId,
      method: request.method,
      route,
      status: response.statusCode,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      ...(context.userId ? { userId: context.userId } : {}),
      ...(request.headers["next-action"] ? { serverAction: true } : {}),
      ...(response.writableFinished ? {} : { aborted: true }),
    };
    const log = logger();
    if (response.statusCode >= 500) log.warn(line, "request");
    else if (route.startsWith("/_next/")) log.debug(line, "request");
    else log.info(line, "request");
  });
  return context;
}

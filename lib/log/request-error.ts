import "server-only";
import type { Instrumentation } from "next";
import { logger } from "./logger";
import { currentRequest } from "./request-context";
import { requestIdHeader } from "./request-id";
import { routeOf } from "./route-of";

type ErrorRequest = Parameters<Instrumentation.onRequestError>[1];
type ErrorContext = Parameters<Instrumentation.onRequestError>[2];

/** The line for onRequestError (instrumentation.ts). The digest is what the visitor's error page shows. */
export function logRequestError(error: unknown, request: ErrorRequest, context: ErrorContext): void {
  const header = request.headers[requestIdHeader];
  const digest = (error as { digest?: unknown } | null)?.digest;
  logger().error(
    {
      err: error,
      reqId: (Array.isArray(header) ? header.at(-1) : header) ?? currentRequest()?.requestId,
      method: request.method,
      route: context.routePath,
      path: routeOf(request.path),
      routeType: context.routeType,
      ...(typeof digest === "string" ? { digest } : {}),
      ...(currentRequest()?.userId ? { userId: currentRequest()?.userId } : {}),
    },
    "unhandled error",
  );
}

import type { Instrumentation } from "next";

// Runs once when a server process starts. The Node-only work lives in lib/boot so the edge bundle
// never sees database code; OpenTelemetry is imported only when an endpoint is set.
export async function register() {
  // eslint-disable-next-line no-restricted-properties -- inlined at build time, so the edge bundle drops the imports below
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startTracingFromEnv } = await import("@/lib/telemetry/from-env");
  await startTracingFromEnv("next-steps");
  const { startServer } = await import("@/lib/boot/server-start");
  await startServer();
}

/** Every error Next.js catches while handling a request, logged once, with the request's id and route. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  // eslint-disable-next-line no-restricted-properties -- as in register()
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("@/lib/log/request-error");
  logRequestError(error, request, context);
};

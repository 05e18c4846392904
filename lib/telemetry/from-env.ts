import { env } from "@/lib/env";
import type { StartedTracing } from "./start-tracing";

/** Starts tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set; without it, imports nothing of OpenTelemetry. */
export async function startTracingFromEnv(serviceName: string): Promise<StartedTracing | undefined> {
  const { OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_SERVICE_NAME } = env();
  if (!OTEL_EXPORTER_OTLP_ENDPOINT) return undefined;
  const { startTracing } = await import("./start-tracing");
  return startTracing({ endpoint: OTEL_EXPORTER_OTLP_ENDPOINT, serviceName: OTEL_SERVICE_NAME ?? serviceName });
}

import * as api from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, NodeTracerProvider, type ReadableSpan, type SpanExporter } from "@opentelemetry/sdk-trace-node";
import { routeOf } from "@/lib/log/route-of";
import { scrubForLogs } from "@/lib/log/scrub-tokens";
import { setActiveTracing } from "./spans";

// Loaded only when OTEL_EXPORTER_OTLP_ENDPOINT is set (instrumentation.ts, scripts/worker.ts).
// Registering a global tracer provider is also what makes Next.js emit its own request spans.

export type StartedTracing = { flush: () => Promise<void>; shutdown: () => Promise<void> };

export function startTracing(options: { endpoint: string; serviceName: string }): StartedTracing {
  const exporter = new OTLPTraceExporter({ url: `${options.endpoint.replace(/\/$/, "")}/v1/traces` });
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": options.serviceName }),
    spanProcessors: [new BatchSpanProcessor(scrubbing(exporter))],
  });
  provider.register();
  setActiveTracing({ api, tracer: api.trace.getTracer("next-steps") });
  return {
    flush: () => provider.forceFlush(),
    shutdown: async () => {
      setActiveTracing(undefined);
      await provider.shutdown();
    },
  };
}

/**
 * Next.js puts the request's URL on its spans (http.target), query and all: a sign-in callback's
 * query holds a token and an email address, a calendar feed's path its token. URLs leave as the
 * request log shows them, and every other string as the logs do.
 */
function scrubbing(exporter: SpanExporter): SpanExporter {
  return {
    export: (spans, done) => exporter.export(spans.map(scrubbedSpan), done),
    shutdown: () => exporter.shutdown(),
    forceFlush: () => exporter.forceFlush?.() ?? Promise.resolve(),
  };
}

const urlAttributes = new Set(["http.target", "http.url", "url.full", "url.path", "url.query"]);

function scrubbedSpan(span: ReadableSpan): ReadableSpan {
  const attributes = Object.fromEntries(
    Object.entries(span.attributes).map(([name, value]) => {
      if (typeof value !== "string") return [name, value];
      return [name, urlAttributes.has(name) ? routeOf(value) : scrubForLogs(value)];
    }),
  );
  return Object.create(span, { name: { value: scrubForLogs(span.name) }, attributes: { value: attributes } }) as ReadableSpan;
}

import type * as Api from "@opentelemetry/api";

// The app's own spans (worker passes, database queries, Resend calls) go through here. Only types
// come from @opentelemetry/api at this point: with tracing off nothing of OpenTelemetry is loaded
// and a span costs one property read. start-tracing.ts fills the holder when it is on.

export type SpanAttributes = Api.Attributes;
export type Tracing = { api: typeof Api; tracer: Api.Tracer };

const key = Symbol.for("next-steps.tracing");
const holder = globalThis as { [key]?: Tracing };

export function activeTracing(): Tracing | undefined {
  return holder[key];
}

export function setActiveTracing(tracing: Tracing | undefined): void {
  holder[key] = tracing;
}

/** Runs `work` inside a span (when tracing is on); a throw marks the span as failed and goes on. */
export async function withSpan<T>(name: string, attributes: SpanAttributes, work: (span?: Api.Span) => Promise<T>): Promise<T> {
  const tracing = holder[key];
  if (!tracing) return work();
  return tracing.tracer.startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.setStatus({ code: tracing.api.SpanStatusCode.ERROR, message: error instanceof Error ? error.name : "error" });
      throw error;
    } finally {
      span.end();
    }
  });
}

// A collector in miniature: records what OTLP/HTTP exporters POST to /v1/traces (JSON, as
// @opentelemetry/exporter-trace-otlp-http sends by default) and lists the spans.
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

type AnyValue = { stringValue?: string; intValue?: string | number; boolValue?: boolean; doubleValue?: number };
type OtlpSpan = { traceId: string; spanId: string; parentSpanId?: string; name: string; kind: number; attributes?: { key: string; value: AnyValue }[] };
type OtlpBody = { resourceSpans?: { resource?: { attributes?: { key: string; value: AnyValue }[] }; scopeSpans?: { spans?: OtlpSpan[] }[] }[] };

export type ReceivedSpan = { traceId: string; spanId: string; parentSpanId?: string; name: string; service?: string; attributes: Record<string, unknown> };

function plain(value: AnyValue): unknown {
  if (value.intValue !== undefined) return Number(value.intValue);
  return value.stringValue ?? value.boolValue ?? value.doubleValue;
}

export async function startOtlpReceiver() {
  const bodies: string[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      if (request.method === "POST" && request.url === "/v1/traces") bodies.push(Buffer.concat(chunks).toString("utf8"));
      response.writeHead(request.url === "/v1/traces" ? 200 : 404, { "Content-Type": "application/json" }).end("{}");
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    bodies,
    spans(): ReceivedSpan[] {
      return bodies.flatMap((body) =>
        ((JSON.parse(body) as OtlpBody).resourceSpans ?? []).flatMap((resource) => {
          const service = resource.resource?.attributes?.find((attribute) => attribute.key === "service.name");
          return (resource.scopeSpans ?? []).flatMap((scope) =>
            (scope.spans ?? []).map((span) => ({
              traceId: span.traceId,
              spanId: span.spanId,
              parentSpanId: span.parentSpanId || undefined,
              name: span.name,
              service: service ? String(plain(service.value)) : undefined,
              attributes: Object.fromEntries((span.attributes ?? []).map((attribute) => [attribute.key, plain(attribute.value)])),
            })),
          );
        }),
      );
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// A local stand-in for the Resend HTTP API, so tests drive the real SDK over
// real HTTP. It records each request and answers from a script of responses.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedRequest = { path: string; headers: IncomingHttpHeaders; body: Record<string, unknown> };
export type ScriptedResponse = { status: number; body?: unknown; headers?: Record<string, string> };

export async function startFakeResend() {
  const requests: RecordedRequest[] = [];
  const script: ScriptedResponse[] = [];
  const seenKeys = new Map<string, string>();
  let nextId = 1;

  const server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      requests.push({ path: req.url ?? "", headers: req.headers, body });
      const scripted = script.shift();
      if (scripted) {
        res.writeHead(scripted.status, { "content-type": "application/json", ...scripted.headers });
        res.end(JSON.stringify(scripted.body ?? {}));
        return;
      }
      // Like Resend, a repeated Idempotency-Key answers with the first message's id.
      const key = req.headers["idempotency-key"];
      const id = (typeof key === "string" && seenKeys.get(key)) || `fake_${nextId++}`;
      if (typeof key === "string") seenKeys.set(key, id);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ id }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    /** Queue responses for the next requests, in order; then it answers 200. */
    respondWith: (...responses: ScriptedResponse[]) => script.push(...responses),
    /** Distinct messages the fake would have delivered (one per idempotency key). */
    deliveredKeys: () => new Set(seenKeys.keys()),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

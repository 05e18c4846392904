// Sign-in requests through the proxy from chosen source addresses: all of
// 127.0.0.0/8 is this machine, so a socket bound to 127.0.0.2 reaches nginx
// as a different client from one bound to 127.0.0.3.
import { request } from "node:http";

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

function call(origin: string, path: string, from: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const url = new URL(path, origin);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, method: init.method ?? "GET", headers: init.headers, localAddress: from, timeout: 10_000 },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.on("timeout", () => req.destroy(new Error(`${path} from ${from} timed out`)));
    req.end(init.body);
  });
}

/** Asks for a sign-in link for `email` as a client at `from`; the answer's status (302 sent, 429 limited). */
export async function askForSignInLink(origin: string, from: string, email: string, forwardedFor?: string): Promise<number> {
  const extra: Record<string, string> = forwardedFor ? { "x-forwarded-for": forwardedFor } : {};
  const csrf = await call(origin, "/api/auth/csrf", from, { headers: extra });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const setCookies = csrf.headers["set-cookie"] ?? [];
  const cookie = (Array.isArray(setCookies) ? setCookies : [setCookies]).map((line) => line.split(";")[0]).join("; ");
  const answer = await call(origin, "/api/auth/signin/email", from, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, ...extra },
    body: new URLSearchParams({ csrfToken, email }).toString(),
  });
  return answer.status;
}

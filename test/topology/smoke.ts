// The smoke walk over the production topology: a browser signs in through the
// proxy, saves an interview on instance 1 and reads it on instance 2; the
// worker delivers the email that saving an agency application sends, once;
// and the proxy's client address, not one a client writes, reaches the
// sign-in limiter. Each check throws with what it saw.
import { randomUUID } from "node:crypto";
import { chromium, type Page } from "@playwright/test";
import type { FakeResend } from "@/test/fake-resend";
import { askForSignInLink } from "./client-address";

export type Topology = { proxy: string; instances: [string, string]; resend: FakeResend; articlePath: string };

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`smoke: ${message}`);
}

async function waitUntil<T>(what: string, read: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    check(Date.now() < deadline, `timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

type SentMessage = { to: string; subject: string; html: string; ref?: string };

/** Every message the fake Resend accepted, from single and batch requests alike. */
function messagesAt(resend: FakeResend): SentMessage[] {
  return resend.requests.flatMap((recorded) => {
    const bodies = (Array.isArray(recorded.body) ? recorded.body : [recorded.body]) as { to?: string | string[]; subject?: string; html?: string; headers?: Record<string, string> }[];
    return bodies.map((body) => ({ to: [body.to ?? []].flat()[0] ?? "", subject: body.subject ?? "", html: body.html ?? "", ref: body.headers?.["X-Entity-Ref-ID"] }));
  });
}

async function signInThroughProxy(page: Page, topology: Topology, email: string): Promise<void> {
  await page.goto(`${topology.proxy}/sign-in`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await page.getByRole("heading", { level: 1, name: "Check your email" }).waitFor();
  const message = await waitUntil("the sign-in email", () => messagesAt(topology.resend).find((sent) => sent.to === email));
  const link = /href="([^"]*\/api\/auth\/callback\/email[^"]*)"/.exec(message.html)?.[1]?.replaceAll("&amp;", "&");
  check(link, "no sign-in link in the email");
  check(new URL(link).origin === topology.proxy, `the sign-in link goes to ${new URL(link).origin}, not the proxy`);
  await page.goto(link);
  check(new URL(page.url()).pathname === "/portal", `signing in through the proxy landed on ${page.url()}`);
}

/** Instance 1: an agency application (its consultant is emailed) and an interview; returns the interview's path. */
async function saveInterview(page: Page, origin: string, company: string): Promise<string> {
  await page.goto(`${origin}/portal/applications/new`);
  await page.getByLabel("Company", { exact: true }).fill(company);
  await page.getByLabel("Role", { exact: true }).fill("Site Manager");
  await page.getByLabel(/^Through /).check();
  await page.getByRole("button", { name: "Save the application" }).click();
  await page.getByRole("heading", { level: 1, name: new RegExp(company) }).waitFor();
  await page.getByRole("link", { name: "Add an interview round" }).click();
  await page.getByLabel("Date", { exact: true }).fill("2027-03-02");
  await page.getByLabel("Start time").fill("10:00");
  await page.getByLabel("Length in minutes").fill("60");
  await page.getByLabel("Video").check();
  await page.getByRole("radio", { name: "Within a number of days or weeks" }).check();
  await page.getByLabel("How many", { exact: true }).fill("4");
  await page.getByLabel("Days or weeks", { exact: true }).selectOption("weeks");
  await page.getByLabel("Name", { exact: true }).first().fill("Jo Evans");
  await page.getByRole("button", { name: "Save the interview" }).click();
  await page.getByRole("heading", { name: "Your plan" }).waitFor();
  const url = new URL(page.url());
  check(url.origin === origin && /^\/portal\/interviews\/[0-9a-f-]{36}$/.test(url.pathname), `saving the interview landed on ${page.url()}`);
  return url.pathname;
}

async function readOnSecondInstance(page: Page, origin: string, interviewPath: string, company: string): Promise<void> {
  const response = await page.goto(`${origin}${interviewPath}`);
  check(new URL(page.url()).origin === origin && new URL(page.url()).pathname === interviewPath, `instance 2 sent the interview page to ${page.url()} (status ${response?.status()})`);
  const heading = await page.getByRole("heading", { level: 1 }).textContent();
  check(heading?.includes(company), `instance 2 shows "${heading}", not the interview at ${company}`);
  await page.getByRole("heading", { name: "Your plan" }).waitFor({ timeout: 5000 });
}

/** The consultant's email about the new candidate: sent by the worker once, and still once a few passes later. */
async function deliveredOnce(topology: Topology, candidateName: string, settleMs: number): Promise<string> {
  const subject = `${candidateName} is now your candidate`;
  const first = await waitUntil(`"${subject}" from the worker`, () => messagesAt(topology.resend).find((sent) => sent.subject === subject));
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  const copies = messagesAt(topology.resend).filter((sent) => sent.subject === subject && sent.to === first.to).length;
  check(copies === 1, `"${subject}" reached the API ${copies} times`);
  const repeated = [...topology.resend.deliveriesByRef()].filter(([, count]) => count > 1);
  check(repeated.length === 0, `outbox rows delivered more than once: ${repeated.map(([ref, count]) => `${ref} x${count}`).join(", ")}`);
  return first.to;
}

/** 20 sign-in requests per client address in 15 minutes (lib/auth/sign-in-limits.ts). */
async function clientAddressReachesLimiter(proxy: string, run: string): Promise<string> {
  const statuses: number[] = [];
  for (let i = 1; i <= 21; i += 1) statuses.push(await askForSignInLink(proxy, "127.0.0.2", `limit-${run}-${i}@example.com`));
  check(statuses.slice(0, 20).every((status) => status === 302), `127.0.0.2's first 20 sign-in requests answered ${statuses.slice(0, 20).join(" ")}`);
  check(statuses[20] === 429, `127.0.0.2's 21st sign-in request answered ${statuses[20]}, not 429`);
  const forged = await askForSignInLink(proxy, "127.0.0.2", `forged-${run}@example.com`, "203.0.113.9");
  check(forged === 429, `127.0.0.2 escaped its limit by sending X-Forwarded-For: 203.0.113.9 (answered ${forged})`);
  const other = await askForSignInLink(proxy, "127.0.0.3", `other-${run}@example.com`);
  check(other === 302, `127.0.0.3 was refused (${other}): it shares 127.0.0.2's limit, so the proxy's client address did not reach the app`);
  return `127.0.0.2: 20 x 302 then 429; forged X-Forwarded-For: ${forged}; 127.0.0.3: ${other}`;
}

export async function smokeWalk(topology: Topology, { settleMs = 3000 } = {}): Promise<string[]> {
  const run = randomUUID().slice(0, 8);
  const candidate = `topology-${run}@example.com`;
  const company = `Topology Builders ${run}`;
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
  const findings: string[] = [];
  try {
    const page = await (await browser.newContext()).newPage();
    // A prerendered page's inline scripts are allowed by the hashes the build wrote; without them the browser blocks them.
    const blocked: string[] = [];
    page.on("console", (message) => message.type() === "error" && /Content Security Policy/i.test(message.text()) && blocked.push(message.text()));
    const article = await page.goto(`${topology.proxy}${topology.articlePath}`);
    check(article?.status() === 200, `the article through the proxy answered ${article?.status()}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.waitForLoadState("networkidle");
    check(blocked.length === 0, `the browser blocked scripts on the article: ${blocked[0]}`);
    findings.push(`${topology.articlePath} served through the proxy, no script blocked by its CSP`);
    await signInThroughProxy(page, topology, candidate);
    findings.push(`signed in through the proxy as ${candidate}`);
    const interviewPath = await saveInterview(page, topology.instances[0], company);
    findings.push(`interview saved on instance 1: ${interviewPath}`);
    await readOnSecondInstance(page, topology.instances[1], interviewPath, company);
    findings.push("the same interview read on instance 2");
    check(blocked.length === 0, `the browser blocked a script: ${blocked[0]}`);
    // A new candidate without a name is called by their address in the consultant's email.
    const consultant = await deliveredOnce(topology, candidate, settleMs);
    findings.push(`"${candidate} is now your candidate" delivered to ${consultant} once (checked again after ${settleMs} ms); no outbox row delivered twice`);
  } finally {
    await browser.close();
  }
  findings.push(await clientAddressReachesLimiter(topology.proxy, run));
  return findings;
}

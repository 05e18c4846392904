// The traffic of bench/load.ts: what each route's request is, what counts as
// an error, and an open-loop generator. Requests start on a fixed schedule
// (rate R: one every 1000/R ms) whether or not earlier ones have answered,
// and each latency runs from the scheduled start to the last byte of the
// answer, so a server that falls behind shows it in the figures instead of
// silently slowing the generator down (coordinated omission).
import { performance } from "node:perf_hooks";
import type postgres from "postgres";
import { idleFormState } from "@/lib/actions/form-state";
import { interviewFormFields } from "@/test/interview-form";
import { encodeActionCall, readBuiltActions } from "@/test/server-action-http";
import type { SignedInCandidate, SignedInConsultant } from "./load-world";
import { Random } from "./portal-seed";

/** What a route's request is and how its answer is judged: a reason when it is an error, null when it is not. */
type Shot = { path: string; init: RequestInit; judge: (response: Response, body: string) => string | null };
export type Route = { name: string; weight: number; shot: (rng: Random, seq: number) => Promise<Shot> };

/** Writes the actions answered as done, to check against the database afterwards. */
export type Writes = { created: { id: string; candidateId: string }[]; updated: Map<string, Set<string>> };
export const noWrites = (): Writes => ({ created: [], updated: new Map() });

const cookie = (token: string) => `authjs.session-token=${token}`;
const uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** A page is served when it answers 200; a redirect (to sign-in, say) is not the page. */
function page(path: string, token?: string): Shot {
  return {
    path,
    init: { headers: token ? { cookie: cookie(token) } : {} },
    judge: (response) => (response.status === 200 ? null : `HTTP ${response.status}${response.headers.get("location") ? ` to ${new URL(response.headers.get("location")!, "http://x").pathname}` : ""}`),
  };
}

/** The interview form's fields, a second round in a fortnight; `marker` makes each write recognisable in the table. */
function interviewForm(fields: Record<string, string>, marker: string): FormData {
  const form = new FormData();
  const entries = { ...interviewFormFields(new Date()), followUpContact: marker, ...fields };
  for (const [key, value] of Object.entries(entries)) form.set(key, value);
  return form;
}

/**
 * An action succeeded when it redirected to the interview's page: the router
 * is told so by x-action-redirect (with 303, or 200 and the new page's payload).
 * Anything else, including a 200 carrying the form's error state, is an error.
 */
function redirectTarget(response: Response, body: string): { id?: string; error?: string } {
  if (response.status !== 200 && response.status !== 303) return { error: `HTTP ${response.status}` };
  const target = response.headers.get("x-action-redirect") ?? response.headers.get("location") ?? "";
  const match = new RegExp(`^/portal/interviews/(${uuid})(?:[;?]|$)`).exec(target);
  if (match) return { id: match[1] };
  const message = /"status":"error","message":"([^"]*)"/.exec(body)?.[1];
  return { error: message ? `form error: ${message}` : target ? `redirect to ${target}` : "no redirect" };
}

export function buildRoutes(options: {
  distDir: string;
  origin: string;
  slugs: string[];
  candidates: SignedInCandidate[];
  consultants: SignedInConsultant[];
  weights: Record<string, number>;
  writes: () => Writes;
}): Route[] {
  const { origin, slugs, candidates, consultants, weights, writes } = options;
  const actions = readBuiltActions(options.distDir);
  const actionId = (name: string) => {
    const found = actions.find((action) => action.exportedName === name);
    if (!found) throw new Error(`${name} is not in the build's action manifest`);
    return found.id;
  };
  const createId = actionId("createInterviewAction");
  const updateId = actionId("updateInterviewAction");

  const action = async (path: string, id: string, form: FormData, token: string, judge: Shot["judge"]): Promise<Shot> => {
    const call = await encodeActionCall(id, [idleFormState, form]);
    return { path, init: { method: "POST", headers: { ...call.headers, cookie: cookie(token), origin }, body: call.body }, judge };
  };

  const all: Route[] = [
    { name: "article", weight: 0, shot: async (rng) => page(`/advice/${rng.pick(slugs)}`) },
    { name: "candidate dashboard", weight: 0, shot: async (rng) => page("/portal", rng.pick(candidates).token) },
    {
      name: "candidate interview",
      weight: 0,
      shot: async (rng) => {
        const person = rng.pick(candidates);
        return page(`/portal/interviews/${rng.pick(person.interviews).id}`, person.token);
      },
    },
    {
      name: "create interview (action)",
      weight: 0,
      shot: async (rng, seq) => {
        const person = rng.pick(candidates);
        const form = interviewForm({ applicationId: rng.pick(person.applicationIds) }, `load-create-${seq}`);
        return action("/portal/interviews/new", createId, form, person.token, (response, body) => {
          const { id, error } = redirectTarget(response, body);
          if (id) writes().created.push({ id, candidateId: person.id });
          return error ?? null;
        });
      },
    },
    {
      name: "update interview (action)",
      weight: 0,
      shot: async (rng, seq) => {
        const person = rng.pick(candidates);
        const interview = rng.pick(person.interviews);
        const marker = `load-update-${seq}`;
        const form = interviewForm({ id: interview.id, applicationId: interview.applicationId, round: "1" }, marker);
        return action(`/portal/interviews/${interview.id}/edit`, updateId, form, person.token, (response, body) => {
          const { id, error } = redirectTarget(response, body);
          if (error) return error;
          if (id !== interview.id) return `redirected to another interview (${id})`;
          const markers = writes().updated.get(interview.id) ?? new Set<string>();
          writes().updated.set(interview.id, markers.add(marker));
          return null;
        });
      },
    },
    { name: "consultant pipeline", weight: 0, shot: async (rng) => page("/consultant/pipeline", rng.pick(consultants).token) },
    { name: "consultant needs attention", weight: 0, shot: async (rng) => page("/consultant", rng.pick(consultants).token) },
  ];
  for (const route of all) route.weight = weights[route.name] ?? 0;
  return all.filter((route) => route.weight > 0);
}

/**
 * Every write the actions answered as done, looked up in the table: each
 * created interview exists and is the candidate's, and each updated one holds
 * one of the markers sent to it (concurrent edits of one interview may land
 * in either order). Returns the count of writes that are not there, by route.
 */
export async function missingWrites(sql: postgres.Sql, writes: Writes): Promise<{ created: number; updated: number }> {
  let created = 0;
  if (writes.created.length > 0) {
    const ids = writes.created.map((write) => write.id);
    const rows = await sql<{ id: string; candidate_id: string }[]>`select id, candidate_id from interviews where id in ${sql(ids)}`;
    const found = new Map(rows.map((row) => [row.id, row.candidate_id]));
    created = writes.created.filter((write) => found.get(write.id) !== write.candidateId).length;
  }
  let updated = 0;
  if (writes.updated.size > 0) {
    const rows = await sql<{ id: string; follow_up_contact: string | null }[]>`
      select id, follow_up_contact from interviews where id in ${sql([...writes.updated.keys()])}`;
    const found = new Map(rows.map((row) => [row.id, row.follow_up_contact]));
    for (const [id, markers] of writes.updated) if (!markers.has(found.get(id) ?? "")) updated += 1;
  }
  return { created, updated };
}

/** Each route alone, `times` requests one after another: its own cost without queueing, and its answer's size. */
export async function soloProbe(origin: string, routes: Route[], times: number, timeoutMs: number): Promise<{ name: string; ms: number; kb: number; errors: number }[]> {
  const rng = new Random(7);
  const out = [];
  for (const route of routes) {
    const elapsed: number[] = [];
    const sizes: number[] = [];
    let errors = 0;
    for (let i = 0; i < times; i += 1) {
      const shot = await route.shot(rng, -1 - i);
      const start = performance.now();
      const response = await fetch(origin + shot.path, { ...shot.init, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
      const body = await response.text();
      elapsed.push(performance.now() - start);
      sizes.push(Buffer.byteLength(body));
      if (shot.judge(response, body)) errors += 1;
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    out.push({ name: route.name, ms: median(elapsed), kb: median(sizes) / 1024, errors });
  }
  return out;
}

export type RouteResult = { name: string; latencies: number[]; errors: Map<string, number> };
export type StepResult = { rate: number; seconds: number; routes: RouteResult[]; wallSeconds: number; lateStarts: number };

/** Sends `rate` requests a second for `seconds`, routes in proportion to their weights, and waits for the last answer (or its timeout). */
export async function runOpenLoop(origin: string, routes: Route[], rate: number, seconds: number, options: { seed: number; timeoutMs: number }): Promise<StepResult> {
  const rng = new Random(options.seed);
  const results = new Map(routes.map((route) => [route.name, { name: route.name, latencies: [] as number[], errors: new Map<string, number>() }]));
  // Smooth weighted round-robin: the mix is exact in every stretch of the schedule, not only on average.
  const credit = routes.map(() => 0);
  const weightSum = routes.reduce((sum, route) => sum + route.weight, 0);
  const next = (): Route => {
    routes.forEach((route, i) => (credit[i]! += route.weight));
    const best = credit.indexOf(Math.max(...credit));
    credit[best]! -= weightSum;
    return routes[best]!;
  };
  const total = Math.max(1, Math.round(rate * seconds));
  const interval = 1000 / rate;
  const inFlight: Promise<void>[] = [];
  let lateStarts = 0;

  const fire = async (route: Route, seq: number, scheduled: number) => {
    const result = results.get(route.name)!;
    let reason: string | null;
    try {
      const shot = await route.shot(rng, seq);
      const response = await fetch(origin + shot.path, { ...shot.init, redirect: "manual", signal: AbortSignal.timeout(options.timeoutMs) });
      const body = await response.text();
      reason = shot.judge(response, body);
    } catch (error) {
      reason = error instanceof Error && error.name === "TimeoutError" ? `timeout (${options.timeoutMs} ms)` : `request failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    result.latencies.push(performance.now() - scheduled);
    if (reason) result.errors.set(reason, (result.errors.get(reason) ?? 0) + 1);
  };

  const start = performance.now();
  for (let seq = 0; seq < total; seq += 1) {
    const scheduled = start + seq * interval;
    const wait = scheduled - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    // The generator itself starved of CPU: its requests leave late (their latency still counts from the schedule).
    else if (wait < -50) lateStarts += 1;
    inFlight.push(fire(next(), seq, scheduled));
  }
  await Promise.all(inFlight);
  const wallSeconds = (performance.now() - start) / 1000;
  return { rate, seconds, wallSeconds, lateStarts, routes: routes.map((route) => results.get(route.name)!) };
}

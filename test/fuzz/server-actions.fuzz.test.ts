// Every server action in app/, called by the record's rightful owner with
// hostile variations of its valid form (form-edits.ts), against the real
// data layer. Whatever arrives, the action must not throw (Next's redirect
// and notFound aside) or log an error, and must either succeed or refuse
// with a reason: a message or errors naming the form's fields, and not a
// row changed. A candidate or consultant must never change another
// candidate's rows. The world is rebuilt only after a call changed it.
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { listTables } from "@/test/database-walk";
import { nulCharacterMessage } from "@/lib/domain/storable-text";
import { interviews } from "@/lib/db/schema/journey";
import { matrix, type MatrixRow, type Principal } from "@/test/authorization/action-matrix";
import { createActionWorld, type ActionWorld } from "@/test/authorization/action-world";
import { loadAppActions } from "@/test/authorization/app-actions";
import { changedTables, fingerprint } from "@/test/authorization/database-fingerprint";
import { emptyTables } from "./empty-tables";
import { applyEdits, formEdits, type FormEdit } from "./form-edits";
import { answerTally, fuzzParameters } from "./fuzz-settings";
import { fakeSession, Interrupt } from "@/test/next-fakes";
import { recordLogs } from "@/test/logs/log-lines";

vi.mock("@/lib/auth/auth", async () => (await import("@/test/next-fakes")).authModule);
vi.mock("next/navigation", async () => (await import("@/test/next-fakes")).navigationModule);
vi.mock("next/cache", async () => (await import("@/test/next-fakes")).cacheModule);
vi.mock("next/headers", async () => (await import("@/test/next-fakes")).headersModule);

/** Runs per action: about 25 actions, so the file takes about half a minute on either database. */
const runsPerAction = 50;

/** Actions with no input to vary. */
const noInput: Record<string, string> = { signOutAction: "takes no arguments: it signs out whoever the session is" };

// Found on disk, like the authorization test, so an action added later is fuzzed too.
const actions = new Map([...(await loadAppActions()).actions].map(([name, { run }]) => [name, run]));

/** The first matrix row of each action, and who may make it succeed: the caller whose refusals are the form's doing. */
const owners: Principal[] = ["candidateA", "consultantA", "admin", "candidateB", "consultantB", "signedOut"];
const fuzzed = new Map<string, { row: MatrixRow; owner: Principal }>();
for (const row of matrix) {
  const owner = owners.find((principal) => row.expect[principal] === "allowed");
  if (owner && !fuzzed.has(row.action) && !(row.action in noInput)) fuzzed.set(row.action, { row, owner });
}

let testDb: TestDatabase;
let tables: string[];
let world: ActionWorld;
/** Every id the world holds, candidate B's included: an edit may put any of them in any field. */
let ids: string[];
/** Candidate B's records, and how they stood when the world was built. */
let otherCandidate: { needles: string[]; rows: string };
let dirty = true;

beforeAll(async () => {
  testDb = await createTestDatabase();
  tables = await listTables(testDb.db);
});
afterAll(() => testDb?.dispose());

async function freshWorld() {
  const { db } = testDb;
  await emptyTables(db, tables);
  world = await createActionWorld(db, new Date());
  const [interviewB] = await db.select({ id: interviews.id }).from(interviews).where(sql`${interviews.candidateId} = ${world.candidateB.id}`);
  ids = [
    world.applicationB.id,
    world.candidateB.id,
    interviewB!.id,
    world.consultantB.id,
    world.admin.id,
    world.consultantA.id,
    world.candidateA.id,
    world.applicationA.id,
    world.interviewA,
    world.planStepA,
    world.privateDirect.applicationId,
    world.privateDirect.interviewId,
    world.privateDirect.interviewerId,
    world.sharedDirect.applicationId,
    world.sharedDirect.interviewId,
    world.invitationId,
    world.applicationB.id.toUpperCase(),
    world.candidateA.email,
    world.candidateB.email,
    world.admin.email,
  ];
  const needles = [world.candidateB.id, world.candidateB.email, world.applicationB.id, interviewB!.id];
  otherCandidate = { needles, rows: await rowsAsText(needles) };
  dirty = false;
}

/** Rows that are candidate B's or hang off their records, by the columns that say whose a row is (not by text, which a form may contain). */
async function rowsAsText(needles: string[]): Promise<string> {
  const owned: string[] = [];
  for (const table of tables) {
    const result = await testDb.db.execute(sql`
      select to_jsonb(t)::text as row from ${sql.identifier(table)} t
      where to_jsonb(t) ->> 'id' in ${needlesList(needles)}
        or to_jsonb(t) ->> 'candidate_id' in ${needlesList(needles)}
        or to_jsonb(t) ->> 'user_id' in ${needlesList(needles)}
        or to_jsonb(t) ->> 'application_id' in ${needlesList(needles)}
        or to_jsonb(t) ->> 'interview_id' in ${needlesList(needles)}`);
    const rows = (Array.isArray(result) ? result : (result as { rows: { row: string }[] }).rows) as { row: string }[];
    owned.push(...rows.map(({ row }) => `${table} ${row}`));
  }
  return owned.sort().join("\n");
}

const needlesList = (needles: string[]) => sql`(${sql.join(needles.map((needle) => sql`${needle}`), sql`, `)})`;

it("fuzzes every exported server action, or says why not", () => {
  const unaccounted = [...actions.keys()].filter((name) => !fuzzed.has(name) && !(name in noInput));
  expect(actions.size).toBeGreaterThan(0);
  expect(unaccounted).toEqual([]);
});

type FormStateLike = { status?: unknown; message?: unknown; fieldErrors?: unknown };
/** What the last call returned, for the regression cases. */
let lastAnswer: FormStateLike | undefined;

/** Null when the outcome is acceptable; otherwise what went wrong. */
async function tryEdits(row: MatrixRow, owner: Principal, edits: FormEdit[]): Promise<string | null> {
  if (dirty) await freshWorld();
  const { db } = testDb;
  // Attempt counters are not a write the properties care about, and a full one would hide every other answer.
  await emptyTables(db, ["rate_limits", "delivery_throttle"]);
  fakeSession.user = owner === "signedOut" ? null : world[owner];
  const valid = row.args(world);
  const args = applyEdits(valid, edits, ids);
  const before = await fingerprint(db, tables);

  const logged: string[] = [];
  const recording = recordLogs((text) => logged.push(text));
  let state: FormStateLike | undefined;
  let interrupt: string | null = null;
  lastAnswer = undefined;
  try {
    state = (await actions.get(row.action)!(...args)) as FormStateLike | undefined;
  } catch (error) {
    if (!(error instanceof Interrupt)) return `threw ${error instanceof Error ? error.stack : String(error)}`;
    interrupt = error.message;
  } finally {
    recording.stop();
  }

  lastAnswer = state;
  const changed = changedTables(before, await fingerprint(db, tables));
  if (changed.length > 0) dirty = true;
  tally(row.action, interrupt ? interrupt.split(" ")[0]! : `${String(state?.status)}${changed.length > 0 ? " (wrote)" : ""}`);
  const outcome = interrupt ? `interrupted by ${interrupt}` : `returned ${JSON.stringify(state)?.slice(0, 400)}`;
  if (logged.length > 0) return `logged an error: ${logged.join(" | ").slice(0, 1500)}; ${outcome}`;
  if (changed.length > 0 && owner !== "admin" && (await rowsAsText(otherCandidate.needles)) !== otherCandidate.rows) {
    return `changed candidate B's rows (${changed.join(", ")}); ${outcome}`;
  }

  const refusal = interrupt
    ? /^notFound|^forbidden|^unauthorized|[?&]error=/.test(interrupt)
    : state !== undefined && state.status !== "success";
  if (!refusal) return null;
  if (changed.length > 0) return `refused, but changed ${changed.join(", ")}; ${outcome}`;
  if (interrupt) return null;
  return unexplained(state!, [...valid, ...args]);
}

/** A refusal must say why: a message, or errors on fields of the form sent or of the valid one (a missing field is named too). */
function unexplained(state: FormStateLike, args: unknown[]): string | null {
  const message = typeof state.message === "string" ? state.message.trim() : "";
  const fieldErrors = (state.fieldErrors ?? {}) as Record<string, unknown>;
  const keys = Object.keys(fieldErrors);
  if (!message && keys.length === 0) return `refused without a reason: ${JSON.stringify(state).slice(0, 400)}`;
  const forms = args.filter((arg) => arg instanceof FormData);
  const roots = new Set(["form", ...forms.flatMap((form) => [...form.keys()].map((key) => key.split(".")[0]!))]);
  for (const key of keys) {
    const messages = fieldErrors[key];
    if (!Array.isArray(messages) || messages.length === 0 || messages.some((text) => typeof text !== "string" || !text.trim())) {
      return `field error "${key}" has no message: ${JSON.stringify(messages)}`;
    }
    if (!roots.has(key.split(".")[0]!)) return `field error names "${key}", which is no field of the form`;
  }
  return null;
}

/** How each target answered, printed under FUZZ_STATS=1. */
const tally = answerTally();

for (const [name, { row, owner }] of fuzzed) {
  it(`${name}, called by ${owner} with hostile forms, succeeds or refuses with a reason and writes nothing`, async () => {
    await fc.assert(
      fc.asyncProperty(formEdits, async (edits) => {
        const problem = await tryEdits(row, owner, edits);
        if (problem) throw new Error(problem);
      }),
      fuzzParameters(runsPerAction),
    );
  }, 120_000);
}

// Counterexamples fast-check found, kept as plain cases. A NUL character in a
// text field reached Postgres, which cannot store it: the action logged a
// database error and told the person to try again, which could never work.
// The schemas now refuse it at the field (lib/domain/storable-text.ts).
const nulRegressions: { action: string; field: string }[] = [
  { action: "updateSettingsAction", field: "name" },
  { action: "createApplicationAction", field: "company" },
  { action: "updateApplicationAction", field: "company" },
  { action: "createInterviewAction", field: "interviewers.0.name" },
  { action: "recordTimelineSlipAction", field: "note" },
  { action: "saveThankYouDraftAction", field: "body" },
  { action: "markThankYouSentAction", field: "subject" },
  { action: "saveReflectionAction", field: "wentWell" },
  { action: "recordClientFeedbackAction", field: "body" },
  { action: "logInterviewAction", field: "location" },
];

for (const { action, field } of nulRegressions) {
  it(`${action} refuses a NUL character in ${field} at the field, and writes nothing`, async () => {
    const { row, owner } = fuzzed.get(action)!;
    if (dirty) await freshWorld();
    const valid = row.args(world).find((arg) => arg instanceof FormData)!;
    if (!valid.has(field)) valid.set(field, "Sam Reid");
    const index = [...new Set(valid.keys())].indexOf(field);
    expect(index).toBeGreaterThanOrEqual(0);
    const edits: FormEdit[] = [{ op: "twist", field: index, twist: "nulInside" }];
    expect(await tryEdits({ ...row, args: (w) => row.args(w).map((arg) => (arg instanceof FormData ? valid : arg)) }, owner, edits)).toBeNull();
    expect(lastAnswer).toMatchObject({ status: "error", fieldErrors: { [field]: [nulCharacterMessage] } });
  });
}

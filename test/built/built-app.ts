// The production build under test: `next start` on a throwaway Postgres
// database holding the authorization matrix's world (two candidates, their
// consultants, an admin, a record of every kind), with a real Auth.js
// session for each person. Calls go over HTTP; what they changed is read
// from the database's fingerprint.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { sql } from "drizzle-orm";
import { startNext, type NextServer } from "@/bench/serve-build";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { listTables } from "@/test/database-walk";
import { principals, type Principal } from "@/test/authorization/action-matrix";
import { createActionWorld, type ActionWorld } from "@/test/authorization/action-world";
import { changedTables, emptyDatabase, fingerprint } from "@/test/authorization/database-fingerprint";
import { encodeActionCall, pathForRoute, readBuiltActions, type BuiltAction } from "@/test/server-action-http";

export const projectRoot = path.resolve(import.meta.dirname, "../..");
export const builtActions = (): BuiltAction[] => readBuiltActions(path.join(projectRoot, ".next"));

export type SignedIn = Exclude<Principal, "signedOut">;
export type World = ActionWorld & { tokens: Record<SignedIn, string> };
export type Outcome = { status: number; changed: string[]; body: string };

export type BuiltApp = {
  server: NextServer;
  /** The server's database, for arranging a case and reading what a request left behind. */
  db: TestDatabase["db"];
  /** Empties every table and builds the world again, with fresh sessions. */
  freshWorld: () => Promise<World>;
  /** Runs `call`, and names the tables whose rows it changed (a staff page's audited read is not a change). */
  whatChanged: (call: () => Promise<Response>) => Promise<Outcome>;
  /** Calls a server action as `principal`, from `origin`, as the browser's router would. */
  callAction: (action: BuiltAction, args: unknown[], world: World, principal: Principal, origin: string) => Promise<Outcome>;
  stop: () => Promise<void>;
};

/** The built server's AUTH_SECRET: links the tests sign must be signed with it. */
const builtAuthSecret = "built-tests-only-secret-5c1d7a9e3b";

/** `env` adds to (or overrides) the server's environment. */
export async function startBuiltApp({ env = {} }: { env?: Record<string, string> } = {}): Promise<BuiltApp> {
  const testDb: TestDatabase = await createTestDatabase();
  if (!testDb.url) throw new Error("The tests against the build need Postgres: set TEST_DATABASE_URL");
  const tables = await listTables(testDb.db);
  const server = await startNext(projectRoot, {
    // No worker: nothing but the requests under test may change the database.
    // The shell's settings do not leak in: no mailbox, no trusted proxy unless a test asks.
    env: {
      DATABASE_URL: testDb.url,
      AUTH_SECRET: builtAuthSecret,
      RESEND_API_KEY: "",
      WORKER_IN_PROCESS: "0",
      ENABLE_DEV_MAILBOX: "",
      TRUSTED_PROXY_HOPS: "",
      ...env,
    },
  });

  const freshWorld = async (): Promise<World> => {
    await emptyDatabase(testDb.db, tables);
    const world = await createActionWorld(testDb.db, new Date(), builtAuthSecret);
    const tokens = {} as World["tokens"];
    for (const principal of principals) {
      if (principal === "signedOut") continue;
      const token = randomBytes(32).toString("hex");
      // An hour short of Auth.js's 30-day lifetime: no request in the next 23
      // hours is due to extend it, so the sessions table changes only if a
      // call really touches it.
      await testDb.db.execute(
        sql`insert into sessions (session_token, user_id, expires) values (${token}, ${world[principal].id}, now() + interval '30 days' - interval '1 hour')`,
      );
      tokens[principal] = token;
    }
    return { ...world, tokens };
  };

  const whatChanged = async (call: () => Promise<Response>): Promise<Outcome> => {
    const before = await fingerprint(testDb.db, tables, { auditedReads: false });
    const response = await call();
    const text = (await response.text()).slice(0, 300);
    const changed = changedTables(before, await fingerprint(testDb.db, tables, { auditedReads: false }));
    return { status: response.status, changed, body: `${response.status} ${text}` };
  };

  const callAction = async (action: BuiltAction, args: unknown[], world: World, principal: Principal, origin: string) => {
    const { headers, body } = await encodeActionCall(action.id, args);
    const requestHeaders: Record<string, string> = { ...headers, origin };
    if (principal !== "signedOut") requestHeaders.cookie = sessionCookie(world, principal);
    return whatChanged(() => fetch(server.origin + pagePathFor(action, world), { method: "POST", headers: requestHeaders, body, redirect: "manual" }));
  };

  return {
    server,
    db: testDb.db,
    freshWorld,
    whatChanged,
    callAction,
    stop: async () => {
      await server.stop();
      await testDb.dispose();
    },
  };
}

export const sessionCookie = (world: World, principal: SignedIn) => `authjs.session-token=${world.tokens[principal]}`;

/** A page that imports the action; a dynamic segment gets candidate A's interview (or A, on a consultant's candidate page). */
function pagePathFor(action: BuiltAction, world: World): string {
  const route = action.routes.find((candidate) => !candidate.includes("[")) ?? action.routes[0]!;
  return pathForRoute(route, route.startsWith("/consultant/candidates") ? world.candidateA.id : world.interviewA);
}

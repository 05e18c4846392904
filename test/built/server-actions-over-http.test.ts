// Every server action the production build contains, found through the
// build's own manifest and called over HTTP as an attacker would: with a
// victim's session cookie from another origin, and with the caller's own
// session against records of someone else's. Nothing may change either way.
// Each action is also called properly, from the site's own origin by the
// record's owner, and must change something: so the requests are known to
// reach the action, and a refusal is the check's doing.
//
// The people, their records and the valid inputs are the authorization
// matrix's (test/authorization/action-matrix.ts); here they cross a real
// `next start`, real cookies and real Auth.js sessions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matrix, principals, type MatrixRow } from "@/test/authorization/action-matrix";
import { builtActions, startBuiltApp, type BuiltApp, type SignedIn } from "./built-app";

const actions = builtActions();
const attackerOrigin = "https://attacker.example";

let app: BuiltApp;
beforeAll(async () => {
  app = await startBuiltApp();
}, 120_000);
afterAll(() => app?.stop());

it("finds in the build every action the authorization matrix covers, and no other", () => {
  const inBuild = actions.map((action) => action.exportedName).sort();
  const inMatrix = [...new Set(matrix.map((row) => row.action))].sort();
  expect(inBuild).toEqual(inMatrix);
});

describe.each(actions.map((action) => [action.exportedName, action] as const))("%s", (_name, action) => {
  const rows = matrix.filter((row) => row.action === action.exportedName);

  it("is refused from another origin, even with the owner's session, and runs from the site's own", async () => {
    // A row nobody may run (the agency's view of a private record) has no owner to impersonate.
    for (const row of rows.filter(hasSignedInCaller)) {
      const caller = rightfulCaller(row);
      const world = await app.freshWorld();

      const attack = await app.callAction(action, row.args(world), world, caller, attackerOrigin);
      expect(attack.changed, `${row.label} from ${attackerOrigin} changed ${attack.changed.join(", ")}`).toEqual([]);
      expect(attack.status, `${row.label} from ${attackerOrigin}: ${attack.body}`).toBeGreaterThanOrEqual(400);

      const own = await app.callAction(action, row.args(world), world, caller, app.server.origin);
      expect(own.status, `${row.label} as ${caller} from the site: ${own.body}`).toBeLessThan(500);
      expect(own.changed.length, `${row.label} as ${caller} from the site changed nothing: ${own.body}`).toBeGreaterThan(0);
    }
  });

  it("changes nothing when someone else's ids are sent", async () => {
    const world = await app.freshWorld();
    for (const row of rows) {
      for (const principal of principals.filter((who) => row.expect[who] === "refused")) {
        const outcome = await app.callAction(action, row.args(world), world, principal, app.server.origin);
        expect(outcome.changed, `${row.label} as ${principal} changed ${outcome.changed.join(", ")}: ${outcome.body}`).toEqual([]);
        expect(outcome.status, `${row.label} as ${principal}: ${outcome.body}`).toBeLessThan(500);
      }
    }
  });
});

const signedInAllowed = (row: MatrixRow) => principals.filter((who): who is SignedIn => who !== "signedOut" && row.expect[who] === "allowed");
const hasSignedInCaller = (row: MatrixRow) => signedInAllowed(row).length > 0;

/** The person the row's input is meant for: signed in, where anyone may call it. */
const rightfulCaller = (row: MatrixRow): SignedIn => signedInAllowed(row)[0]!;

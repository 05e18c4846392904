import "server-only";
import type { Database } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/dal";
import { AuthorizationError } from "@/lib/auth/errors";

export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** The portal is a candidate's own space; staff reach candidates through lib/staff. */
export function assertCandidate(caller: CurrentUser): void {
  if (caller.role !== "candidate") throw new AuthorizationError("Only candidates have a portal");
}

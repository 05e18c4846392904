import type { CurrentUser } from "@/lib/auth/dal";
import { AuthorizationError } from "@/lib/auth/errors";

/** A second check after requireRole(["admin"]), so a data function reached by any other path still refuses. */
export function assertAdmin(caller: CurrentUser): void {
  if (caller.role !== "admin") throw new AuthorizationError("Admins only");
}

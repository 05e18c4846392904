import type { CurrentUser } from "@/lib/auth/dal";
import { AuthorizationError } from "@/lib/auth/errors";

/**
 * Every function in lib/admin starts here. Pages and actions already call
 * requireRole(["admin"]); this second check means a data function reached
 * by any other path still refuses a consultant or a candidate.
 */
export function assertAdmin(caller: CurrentUser): void {
  if (caller.role !== "admin") throw new AuthorizationError("Admins only");
}

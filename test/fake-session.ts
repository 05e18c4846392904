// The signed-in person, for tests that call pages, route handlers and server
// actions directly: the data-access layer's gate, driven by a mutable
// session, with the real role rules. Everything behind it stays real.
//
//   vi.mock("@/lib/auth/dal", async () => (await import("@/test/fake-session")).fakeDal);
//   testSession.user = world.candidateA;
import type { CurrentUser } from "@/lib/auth/dal";
import type { Role } from "@/lib/domain/values";

export const testSession: { user: CurrentUser | null } = { user: null };

export const fakeDal = {
  getCurrentUser: async () => testSession.user,
  requireUser: async () => {
    if (!testSession.user) throw new Error("refused by requireUser");
    return testSession.user;
  },
  requireRole: async (roles: readonly Role[]) => {
    if (!testSession.user || !roles.includes(testSession.user.role)) throw new Error("refused by requireRole");
    return testSession.user;
  },
  homeFor: (role: Role) => (role === "candidate" ? "/portal" : "/consultant"),
};

/** A form as the browser posts it. */
export function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

import { afterEach, describe, expect, it, vi } from "vitest";
import { testSession } from "@/test/fake-session";
import { signedInHintCookie } from "@/lib/auth/account-summary";
import { GET } from "./route";

vi.mock("@/lib/auth/dal", async () => (await import("@/test/fake-session")).fakeDal);

afterEach(() => {
  testSession.user = null;
});

describe("GET /api/account", () => {
  it("answers a visitor with 401, no store, and clears a stale signed-in hint", async () => {
    const response = await GET();
    expect(response.status).toBe(401);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.json()).toEqual({ signedIn: false });
    expect(response.headers.getSetCookie().join("\n")).toMatch(new RegExp(`^${signedInHintCookie}=;.*Max-Age=0|Expires=Thu, 01 Jan 1970`, "m"));
  });

  it("gives a candidate their name and their pages, and nothing more", async () => {
    testSession.user = { id: "u1", name: "Alex Morgan", email: "alex@example.com", role: "candidate" };
    const body = await (await GET()).json();
    expect(body).toEqual({
      signedIn: true,
      account: {
        name: "Alex Morgan",
        links: [
          { href: "/portal", label: "Your portal" },
          { href: "/portal/settings", label: "Settings" },
          { href: "/portal/privacy", label: "Privacy and data" },
        ],
      },
    });
    expect(JSON.stringify(body)).not.toContain("u1");
  });

  it("sends staff to their area, an admin to both, and names someone without a name by their address", async () => {
    testSession.user = { id: "s1", name: null, email: "sam@agency.example", role: "consultant" };
    expect((await (await GET()).json()).account).toEqual({ name: "sam@agency.example", links: [{ href: "/consultant", label: "Consultant area" }] });
    testSession.user = { id: "a1", name: "Ada", email: "ada@agency.example", role: "admin" };
    expect((await (await GET()).json()).account.links.map((link: { label: string }) => link.label)).toEqual(["Consultant area", "Admin area"]);
  });
});

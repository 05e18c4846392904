import { describe, expect, it } from "vitest";
import { removedLink, withoutTokenLinks } from "./redact-links";

describe("withoutTokenLinks", () => {
  it("takes out sign-in and unsubscribe links, and leaves other links and text alone", () => {
    const text = [
      "Sign in http://localhost:3000/api/auth/callback/email?callbackUrl=%2Fportal&token=abc123&email=a%40b.test",
      "Unsubscribe: https://next-steps.example/api/unsubscribe?token=eyJ.sig.",
      "Your plan: https://next-steps.example/portal/interviews/42",
    ].join("\n");
    expect(withoutTokenLinks(text)).toBe(
      [`Sign in ${removedLink}`, `Unsubscribe: ${removedLink}`, "Your plan: https://next-steps.example/portal/interviews/42"].join("\n"),
    );
  });
});

import { describe, expect, it } from "vitest";
import { strictFormFields } from "./strict-form";

const allowed = ["email", "callbackUrl"] as const;

describe("strictFormFields", () => {
  it("takes each known field once", () => {
    expect(strictFormFields(new URLSearchParams("email=a%40example.com&callbackUrl=%2Fportal"), allowed)).toEqual({ email: "a@example.com", callbackUrl: "/portal" });
    expect(strictFormFields(new URLSearchParams(""), allowed)).toEqual({});
  });

  it("refuses a repeated field, an unknown one and a file", () => {
    expect(strictFormFields(new URLSearchParams("email=a%40example.com&email=b%40example.com"), allowed)).toBeNull();
    expect(strictFormFields(new URLSearchParams("email=a%40example.com&redirect=false"), allowed)).toBeNull();
    const withFile = new FormData();
    withFile.append("email", new File(["a@example.com"], "email.txt"));
    expect(strictFormFields(withFile.entries(), allowed)).toBeNull();
  });

  it("skips only the fields it is told to", () => {
    expect(strictFormFields(new URLSearchParams("$ACTION_KEY=k&email=a%40example.com"), allowed, (name) => name.startsWith("$ACTION_"))).toEqual({ email: "a@example.com" });
  });
});

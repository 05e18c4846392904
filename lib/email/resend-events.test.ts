import { describe, expect, it } from "vitest";
import { emailEvent } from "@/test/resend-webhooks";
import { parseResendEvent, suppressionReasonFor, type DeliveryEvent } from "./resend-events";

const at = "2026-11-26T10:00:05.123Z";
const bounced = (type: string) => emailEvent("email.bounced", at, { bounce: { type, subType: "General", message: "" } });
const deliveryEvent = (payload: unknown): DeliveryEvent => {
  const parsed = parseResendEvent(payload);
  if (parsed.kind !== "delivery") throw new Error(`expected a delivery event, got ${parsed.kind}`);
  return parsed.event;
};

describe("parsing Resend events", () => {
  it("reads the fields a delivery event is acted on by, with the event's own time", () => {
    const event = deliveryEvent(emailEvent("email.complained", at, { to: [" jo@example.com "] }));
    expect(event).toEqual({ type: "email.complained", created_at: new Date(at), data: { email_id: "re_email_1", to: ["jo@example.com"] } });
    expect(deliveryEvent(emailEvent("email.delivered", "2026-11-26T10:00:05+01:00")).created_at).toEqual(new Date("2026-11-26T09:00:05Z"));
  });

  it("passes over event types it does not act on, needing only their name", () => {
    expect(parseResendEvent({ type: "domain.updated", data: { anything: true } })).toEqual({ kind: "other", type: "domain.updated" });
    expect(parseResendEvent({ type: "email.received" })).toEqual({ kind: "other", type: "email.received" });
  });

  it("calls malformed what lacks a type or a field a handled type needs", () => {
    const malformed = [
      null,
      "email.bounced",
      { type: "" },
      emailEvent("email.delivered", "26/11/2026"),
      emailEvent("email.delivered", at, { email_id: "" }),
      emailEvent("email.complained", at, { to: [] }),
      emailEvent("email.bounced", at, { bounce: { subType: "General" } }),
    ];
    for (const payload of malformed) expect(parseResendEvent(payload)).toMatchObject({ kind: "malformed" });
  });
});

describe("which events suppress an address", () => {
  it("a complaint, and a bounce called permanent in any case", () => {
    expect(suppressionReasonFor(deliveryEvent(emailEvent("email.complained", at)))).toBe("complained");
    for (const type of ["Permanent", "permanent", "PERMANENT"]) expect(suppressionReasonFor(deliveryEvent(bounced(type)))).toBe("bounced");
  });

  it("not a transient or undetermined bounce, nor any other event", () => {
    for (const type of ["Transient", "Undetermined", ""]) expect(suppressionReasonFor(deliveryEvent(bounced(type)))).toBeNull();
    for (const type of ["email.delivered", "email.failed", "email.suppressed", "email.delivery_delayed"]) {
      expect(suppressionReasonFor(deliveryEvent(emailEvent(type, at)))).toBeNull();
    }
  });
});

import { expect, it } from "vitest";
import { describeAuditEntry, type DescribableEntry } from "./describe-audit-entry";

const entry = (values: Partial<DescribableEntry>): DescribableEntry => ({
  action: "update",
  entity: "x",
  entityId: null,
  invitation: null,
  assignedTo: null,
  ...values,
});

it("says what an admin did to the mail", () => {
  expect(describeAuditEntry(entry({ action: "create", entity: "email_retry", entityId: "0b7e4c1a-0000-4000-8000-000000000000" }))).toBe(
    "Queued a failed email to go again",
  );
  expect(describeAuditEntry(entry({ action: "delete", entity: "email_suppression", entityId: "ab".repeat(32) }))).toBe(
    "Lifted the email suppression of address hash abababababab…",
  );
});

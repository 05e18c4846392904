// Tables that erasure and the export leave alone, each with the reason. The
// schema-walk test (coverage.test.ts) fails for any table that is neither
// exported (export-sections.ts) nor listed here, so a new table cannot be
// forgotten: it gets an export section or a line here, with a reason.

export const retainedTables: Record<string, string> = {
  // A hard bounce or a spam complaint must keep the address suppressed after
  // the account is gone: mailing it again would harm the sender's standing
  // and ignore a complaint. Only a SHA-256 of the address is kept.
  email_suppressions: "hashed address of a bounce or complaint; must stay suppressed",
  // Keys are hashes of an address or IP with a count, gone when the window ends.
  rate_limits: "hashed keys and counts that expire with their window",
  // Resend's delivery ids, kept to refuse replays; they name no person.
  webhook_events: "provider event ids only",
  // One row per mail provider: the next free request slot.
  delivery_throttle: "per-provider send schedule; no person's data",
};

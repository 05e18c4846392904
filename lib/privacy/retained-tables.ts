// Tables erasure and the export leave alone. coverage.test.ts fails for a table neither
// exported (export-sections.ts) nor listed here, so a new table cannot be forgotten.

export const retainedTables: Record<string, string> = {
  // Mailing a bounced or complaining address again harms the sender's standing and ignores a complaint.
  email_suppressions: "hashed address of a bounce or complaint; must stay suppressed",
  // An employer who asked for no more feedback requests must not get one after a candidate is erased.
  client_request_opt_outs: "hashed address of an employer who stopped feedback requests",
  rate_limits: "hashed keys and counts that expire with their window",
  webhook_events: "provider event ids only",
  delivery_throttle: "per-provider send schedule; no person's data",
  retention_runs: "the daily retention pass's day, worker and counts; no person's data",
};

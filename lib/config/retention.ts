// How long Next Steps keeps what, in one place (docs/privacy-retention.md states the same defaults).
// The daily retention pass (lib/retention/daily-pass.ts) applies these; changing one here changes the rule.

const day = 24 * 60 * 60_000;

export const retentionPolicy = {
  /** A candidate with no sign-in and no open application for this long is asked whether to keep their account. */
  inactiveMonths: 12,
  /** Days from that email, or from withdrawing "keep my details" with nothing open, to erasure. */
  erasureNoticeDays: 30,
  /** Audit log lines older than this are deleted. */
  auditLogMs: 2 * 365 * day,
  /** Resend webhook event ids (kept only to refuse replays) older than this are deleted. */
  webhookEventMs: 30 * day,
  /** The subject, recipient and state of a sent message stay; its body goes after this. */
  sentMessageBodyMs: 90 * day,
  /** Rows changed per statement: each batch is its own short transaction, so no busy table is locked for long. */
  batchSize: 500,
  /** How long one worker holds the day's pass before another may take it over (a worker that died mid-pass). */
  passLeaseMs: 30 * 60_000,
} as const;

export const erasureNoticeMs = retentionPolicy.erasureNoticeDays * day;

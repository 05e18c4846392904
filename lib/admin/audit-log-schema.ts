import { z } from "zod";

const person = z.string().trim().max(254).catch("");

/** The audit page's search parameters; anything malformed is ignored rather than refused. */
export const auditFilterSchema = z.object({
  candidate: person,
  actor: person,
  /** Keyset cursor: show entries older than this id. */
  before: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().catch(undefined),
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;

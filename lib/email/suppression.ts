import "server-only";
import { createHash } from "node:crypto";
import { inArray } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { emailSuppressions } from "@/lib/db/schema/delivery";
import type { SuppressionReason } from "@/lib/domain/values";

// Addresses we must not mail again (a hard bounce or a spam complaint).
// The list keeps only a hash, so it holds no address in clear and outlives
// the accounts it came from.

/** SHA-256 (hex) of the address as mail servers compare it: trimmed, any case. */
export function hashAddress(address: string): string {
  return createHash("sha256").update(address.trim().toLowerCase()).digest("hex");
}

export type Suppression = {
  address: string;
  reason: SuppressionReason;
  /** The webhook message that reported it, to trace a suppression back to Resend. */
  providerEventId: string | null;
  now: Date;
};

/**
 * Adds the address to the list; an address already there keeps its first
 * reason and event. Pass a transaction as `db` to commit with the event.
 * True if the address was newly suppressed.
 */
export async function suppressAddress(db: Database, suppression: Suppression): Promise<boolean> {
  const inserted = await db
    .insert(emailSuppressions)
    .values({
      addressHash: hashAddress(suppression.address),
      reason: suppression.reason,
      providerEventId: suppression.providerEventId,
      createdAt: suppression.now,
    })
    .onConflictDoNothing({ target: emailSuppressions.addressHash })
    .returning({ addressHash: emailSuppressions.addressHash });
  return inserted.length > 0;
}

/**
 * Which of the given addresses are suppressed, spelt as given, in one query:
 * delivery asks once per batch before sending.
 */
export async function suppressedAddresses(db: Database, addresses: string[]): Promise<Set<string>> {
  const spellingsByHash = new Map<string, string[]>();
  for (const address of addresses) {
    const hash = hashAddress(address);
    spellingsByHash.set(hash, [...(spellingsByHash.get(hash) ?? []), address]);
  }
  if (spellingsByHash.size === 0) return new Set();
  const rows = await db
    .select({ addressHash: emailSuppressions.addressHash })
    .from(emailSuppressions)
    .where(inArray(emailSuppressions.addressHash, [...spellingsByHash.keys()]));
  return new Set(rows.flatMap((row) => spellingsByHash.get(row.addressHash) ?? []));
}

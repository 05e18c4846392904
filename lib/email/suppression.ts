import "server-only";
import { createHash } from "node:crypto";
import { inArray } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { emailSuppressions } from "@/lib/db/schema/delivery";
import type { SuppressionReason } from "@/lib/domain/values";

// Only hashes are kept, so the list holds no address in clear and outlives the accounts.

/** SHA-256 (hex) of the address as mail servers compare it: trimmed, any case. */
export function hashAddress(address: string): string {
  return createHash("sha256").update(address.trim().toLowerCase()).digest("hex");
}

export type Suppression = {
  address: string;
  reason: SuppressionReason;
  providerEventId: string | null;
  now: Date;
};

/** An address already listed keeps its first reason; true if newly suppressed. */
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

/** Spelt as given, in one query: delivery asks once per batch. */
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

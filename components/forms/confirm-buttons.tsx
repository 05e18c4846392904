"use client";

import { Button } from "@/components/ui/button";

type Props = { pending: boolean; label: string; onCancel: () => void; pendingLabel?: string };

/** The second step of a destructive form (see useConfirmStep): the red button that does it, and a way back. */
export function ConfirmButtons({ pending, label, onCancel, pendingLabel = "Deleting…" }: Props) {
  return (
    <div className="flex flex-wrap gap-3">
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
      <Button variant="secondary" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}

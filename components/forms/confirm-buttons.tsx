"use client";

type Props = { pending: boolean; label: string; onCancel: () => void; pendingLabel?: string };

/** The second step of a destructive form (see useConfirmStep): the red button that does it, and a way back. */
export function ConfirmButtons({ pending, label, onCancel, pendingLabel = "Deleting…" }: Props) {
  return (
    <div className="flex flex-wrap gap-3">
      <button type="submit" disabled={pending} className="button border-red-800 bg-red-800 text-white hover:bg-red-900 disabled:opacity-70">
        {pending ? pendingLabel : label}
      </button>
      <button type="button" onClick={onCancel} className="button button-secondary">
        Cancel
      </button>
    </div>
  );
}

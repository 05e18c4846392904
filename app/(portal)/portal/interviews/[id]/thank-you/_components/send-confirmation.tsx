"use client";

import { useEffect, useRef } from "react";

type Props = {
  id: string;
  question: string;
  confirmAction: (formData: FormData) => void;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Focus moves to the question, not the "Yes" button, so a repeated key press cannot send by accident. */
export function SendConfirmation({ id, question, confirmAction, pending, onConfirm, onCancel }: Props) {
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => questionRef.current?.focus(), []);

  return (
    <div role="group" aria-labelledby={`${id}-confirm-question`} className="mt-3 rounded border border-accent bg-surface p-4">
      <input type="hidden" name="confirm" value="yes" />
      <p id={`${id}-confirm-question`} ref={questionRef} tabIndex={-1} className="mt-0 font-semibold">
        {question}
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <button type="submit" formAction={confirmAction} onClick={onConfirm} disabled={pending} className="button button-primary">
          {pending ? "Sending…" : "Yes, send it"}
        </button>
        <button type="button" onClick={onCancel} className="button button-secondary">
          Not yet
        </button>
      </div>
    </div>
  );
}

"use client";

import { useEffect, useRef, useState } from "react";
import { buttonClass } from "@/components/ui/button-class";

type Props = {
  text: string;
  label: string;
  /** The field holding the text: selected when the browser refuses to copy, so the reader can copy it by hand. */
  fieldId: string;
};

const STATUS = {
  idle: "",
  copied: "Copied",
  failed: "Your browser did not let us copy. The text is selected: press Ctrl+C, or Cmd+C on a Mac.",
} as const;

export function CopyButton({ text, label, fieldId }: Props) {
  const [status, setStatus] = useState<keyof typeof STATUS>("idle");
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  async function copy() {
    window.clearTimeout(timer.current);
    setStatus("idle");
    try {
      // Undefined outside secure contexts (plain http on a LAN address).
      if (!navigator.clipboard) throw new Error("No clipboard");
      await navigator.clipboard.writeText(text);
      setStatus("copied");
      timer.current = window.setTimeout(() => setStatus("idle"), 5000);
    } catch {
      setStatus("failed");
      const field = document.getElementById(fieldId);
      if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
        field.focus();
        field.select();
      }
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" className={buttonClass("secondary")} onClick={copy}>
        {label}
      </button>
      <span role="status" aria-live="polite" className={status === "failed" ? "text-sm font-semibold text-red-800" : "text-sm font-semibold"}>
        {STATUS[status]}
      </span>
    </span>
  );
}

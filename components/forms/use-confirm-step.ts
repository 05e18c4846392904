"use client";

import { useEffect, useRef, useState } from "react";

/** Focus moves to the question when it opens and back to the first button when withdrawn, so no
 *  keyboard or screen-reader user is left on a vanished element. */
export function useConfirmStep() {
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  useEffect(() => {
    if (asking) question.current?.focus();
    else if (opened.current) opener.current?.focus();
    opened.current = asking;
  }, [asking]);

  return { asking, ask: () => setAsking(true), withdraw: () => setAsking(false), question, opener };
}

"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { noticeClass } from "@/components/ui/notice";
import { inputClassName } from "@/components/forms/text-field";

export function CopyableLink({ url }: { url: string }) {
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  };

  return (
    <div className={noticeClass("info")}>
      <label htmlFor="calendar-feed-url" className="block font-semibold">Your private calendar link</label>
      <p id="calendar-feed-url-hint" className="text-sm">
        Anyone with this link can see your interviews, so keep it to yourself.
      </p>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <input
          id="calendar-feed-url"
          readOnly
          value={url}
          aria-describedby="calendar-feed-url-hint"
          onFocus={(event) => event.currentTarget.select()}
          className={`${inputClassName("max-w-xl")} mt-0 font-mono text-sm`}
        />
        <Button variant="secondary" onClick={copy}>
          Copy link
        </Button>
      </div>
      <p aria-live="polite" className="mt-1 text-sm">
        {copied === "yes" ? "Copied." : copied === "no" ? "Your browser would not copy it: select the link and copy it by hand." : ""}
      </p>
      <h3 className="mt-3 font-semibold">Adding it to your calendar</h3>
      <ul className="mt-1 list-disc space-y-1 pl-6">
        <li>Google Calendar, on a computer: beside &ldquo;Other calendars&rdquo;, choose +, then &ldquo;From URL&rdquo;, and paste the link.</li>
        <li>Apple Calendar: File, then &ldquo;New Calendar Subscription&rdquo;, and paste the link.</li>
        <li>Outlook: &ldquo;Add calendar&rdquo;, then &ldquo;Subscribe from web&rdquo;, and paste the link.</li>
      </ul>
      <p className="mt-2 text-sm">Calendar apps check for changes every few hours, so a new interview can take a while to appear.</p>
    </div>
  );
}

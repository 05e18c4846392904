import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { ClientFeedbackSection } from "./client-feedback-section";

const text = (html: string) => html.replace(/<!-- -->/g, "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
const note = { id: "n1", body: "They liked your case study.\nExpect a call.", recordedBy: "Priya Shah", recordedAt: new Date("2026-11-20T17:30:00Z") };

describe("ClientFeedbackSection", () => {
  it("shows each note with who recorded it and when, in the candidate's own time zone", () => {
    const shown = text(renderToStaticMarkup(<ClientFeedbackSection notes={[note]} agencyArranged timeZone="America/New_York" />));
    expect(shown).toContain("Feedback from the client");
    expect(shown).toContain("They liked your case study.");
    expect(shown).toContain("From Priya Shah, 20 Nov 2026, 12:30");
  });

  it("names no one when the consultant's account is gone", () => {
    const shown = text(renderToStaticMarkup(<ClientFeedbackSection notes={[{ ...note, recordedBy: null }]} agencyArranged timeZone="Europe/London" />));
    expect(shown).toContain("From your consultant, 20 Nov 2026, 17:30");
  });

  it("promises feedback on an agency interview, and says nothing on a direct one without any", () => {
    expect(text(renderToStaticMarkup(<ClientFeedbackSection notes={[]} agencyArranged timeZone="Europe/London" />))).toContain("Nothing yet");
    expect(renderToStaticMarkup(<ClientFeedbackSection notes={[]} agencyArranged={false} timeZone="Europe/London" />)).toBe("");
  });
});

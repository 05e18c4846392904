import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import type { FormState } from "@/lib/actions/form-state";
import { PlanTimeline, type TimelineStep } from "./plan-timeline";

// Monday 9 November 2026, 12:00 UTC (midday in London).
const now = new Date("2026-11-09T12:00:00Z");
const setStateAction = async (): Promise<FormState> => ({ status: "idle" });

const step = (kind: TimelineStep["kind"], overrides: Partial<TimelineStep> = {}): TimelineStep => ({
  id: `step-${kind}`,
  kind,
  state: "pending",
  dueAt: null,
  completedAt: null,
  interviewId: "int-1",
  source: "direct",
  clientWelcomesDirectNotes: false,
  description: `Step ${kind}`,
  ...overrides,
});

const plan: TimelineStep[] = [
  step("keep_looking"),
  step("follow_up_1", { dueAt: new Date("2026-11-23T09:00:00Z") }),
  step("decide", { dueAt: new Date("2026-11-09T17:00:00Z") }),
  step("thanks", { dueAt: new Date("2026-11-06T11:00:00Z"), note: "1 of 2 thanked" }),
  step("reflect", { dueAt: new Date("2026-11-06T11:00:00Z"), state: "skipped", completedAt: new Date("2026-11-07T08:00:00Z") }),
  step("timeline", { dueAt: new Date("2026-11-05T11:00:00Z"), state: "done", completedAt: new Date("2026-11-05T12:30:00Z") }),
];

const render = (steps = plan, timeZone = "Europe/London") =>
  renderToStaticMarkup(<PlanTimeline steps={steps} now={now} timeZone={timeZone} setStateAction={setStateAction} />);

/** Each <li> of the open list (the one outside the disclosure), as HTML. */
function openItems(html: string): string[] {
  const open = html.slice(html.indexOf("</details>") + "</details>".length);
  return open.split("<li").slice(1);
}

const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, "").replace(/<!-- -->/g, "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();

describe("PlanTimeline", () => {
  it("folds done and skipped steps into a closed disclosure that counts them", () => {
    const html = render();
    const details = html.slice(html.indexOf("<details"), html.indexOf("</details>"));
    expect(details).not.toMatch(/<details[^>]* open/);
    expect(text(details)).toContain("1 done step, 1 skipped");
    expect(text(details)).toContain("Step timeline");
    expect(text(details)).toContain("Done on 5 Nov 2026, 12:30");
    expect(text(details)).toContain("Step reflect");
    expect(openItems(html).join("")).not.toContain("Step timeline");
  });

  it("lists open steps in time order, each with its date in a time element and its state in a word", () => {
    const items = openItems(render());
    expect(items.map((item) => text(item).match(/Step (\w+)/)?.[1])).toEqual(["thanks", "decide", "follow_up_1", "keep_looking"]);
    expect(items[0]).toMatch(/<time datetime="2026-11-06T11:00:00.000Z">/i);
    expect(text(items[0]!)).toMatch(/Due Fri 6 Nov 11:00 Overdue Step thanks 1 of 2 thanked/);
    expect(text(items[1]!)).toContain("Due today");
    expect(text(items[2]!)).toContain("Upcoming");
    expect(text(items[3]!)).toMatch(/While you wait Ongoing/);
    expect(items[3]).not.toContain("<time");
  });

  it("writes dates in the candidate's zone", () => {
    // 17:00 in London on the 9th is 06:00 on the 10th in Auckland, which is already today there (01:00 on the 10th).
    const items = openItems(render(plan, "Pacific/Auckland"));
    const decide = items.find((item) => item.includes("Step decide"))!;
    expect(text(decide)).toContain("Tue 10 Nov 06:00");
    expect(text(decide)).toContain("Due today");
  });

  it("draws one primary action per step, and only on the steps due now", () => {
    const items = openItems(render());
    const primaries = items.map((item) => (item.match(/button-primary/g) ?? []).length);
    expect(primaries).toEqual([1, 1, 0, 0]);
    // The upcoming steps still have their one action, drawn as a secondary button.
    expect(items.slice(2).map((item) => (item.match(/class="button button-secondary/g) ?? []).length)).toEqual([1, 1]);
    expect(items[0]).toMatch(/<a [^>]*aria-label="Write your thank-you notes: Step thanks"[^>]*>Write your thank-you notes<\/a>/);
  });

  it("names the interview on the dashboard and leaves out the disclosure when nothing is finished", () => {
    const html = render([step("reflect", { dueAt: new Date("2026-11-06T11:00:00Z"), context: { label: "Acme, Analyst", href: "/portal/interviews/int-1" } })]);
    expect(html).not.toContain("<details");
    expect(html).toContain('href="/portal/interviews/int-1"');
    expect(html).toContain('aria-label="Write your reflection: Step reflect, Acme, Analyst"');
  });
});

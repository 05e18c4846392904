import { describe, expect, it } from "vitest";
import { selectCandidateDigest, type CandidateApplication, type CandidatePendingStep } from "./digest-content";

// Monday 16 November 2026, 08:00 in London.
const now = new Date("2026-11-16T08:00:00Z");

const application = (id: string, overrides: Partial<CandidateApplication> = {}): CandidateApplication => ({
  id,
  company: `Company ${id}`,
  role: "Data Analyst",
  stage: "interviewing",
  source: "direct",
  clientWelcomesDirectNotes: false,
  stageChangedAt: new Date("2026-11-01T10:00:00Z"),
  ...overrides,
});
const step = (applicationId: string, kind: CandidatePendingStep["kind"], dueAt: string | null): CandidatePendingStep => ({
  applicationId,
  interviewId: `interview-${applicationId}`,
  kind,
  dueAt: dueAt === null ? null : new Date(dueAt),
});

describe("the weekly digest's content", () => {
  it("lists open applications only, the most recently moved first", () => {
    const content = selectCandidateDigest(
      {
        applications: [
          application("a", { stageChangedAt: new Date("2026-10-01T10:00:00Z") }),
          application("b", { stage: "rejected" }),
          application("c", { stage: "awaiting_decision", stageChangedAt: new Date("2026-11-12T10:00:00Z") }),
          application("d", { stage: "offer" }),
        ],
        steps: [],
      },
      now,
    );
    expect(content.applications.map((item) => [item.id, item.stage])).toEqual([
      ["c", "awaiting_decision"],
      ["a", "interviewing"],
    ]);
  });

  it("lists the steps due in the coming seven days, soonest first, titled as the plan titles them", () => {
    const content = selectCandidateDigest(
      {
        applications: [application("a"), application("b", { source: "agency" }), application("closed", { stage: "withdrawn" })],
        steps: [
          step("a", "follow_up_2", "2026-11-22T09:00:00Z"),
          step("b", "thanks", "2026-11-17T11:00:00Z"),
          step("a", "follow_up_1", "2026-11-13T09:00:00Z"), // already past
          step("a", "reflect", "2026-11-23T08:00:00Z"), // seven days on: next week's
          step("a", "keep_looking", null),
          step("closed", "follow_up_1", "2026-11-18T09:00:00Z"),
        ],
      },
      now,
    );
    expect(content.dueThisWeek).toEqual([
      { interviewId: "interview-b", company: "Company b", title: "Send your thanks through your consultant", dueAt: new Date("2026-11-17T11:00:00Z") },
      { interviewId: "interview-a", company: "Company a", title: "Second and last follow-up, only if still nothing", dueAt: new Date("2026-11-22T09:00:00Z") },
    ]);
  });

  it("has nothing to say without an open application, whatever steps remain", () => {
    const content = selectCandidateDigest(
      { applications: [application("a", { stage: "no_response" })], steps: [step("a", "follow_up_1", "2026-11-18T09:00:00Z")] },
      now,
    );
    expect(content).toEqual({ applications: [], dueThisWeek: [] });
  });
});

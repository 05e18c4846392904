import { describe, expect, it } from "vitest";
import { stepsDoneByFacts, thanksProgress, type StepFacts } from "./step-facts";

const nothing: StepFacts = {
  source: "direct",
  clientWelcomesDirectNotes: false,
  timelineKnown: false,
  followUpContactKnown: false,
  interviewerIds: ["jo", "sam", "ali"],
  thankedInterviewerIds: [],
  skippedInterviewerIds: [],
  thanksGiven: false,
  reflectionSaved: false,
  stillWantAnswered: false,
};

describe("stepsDoneByFacts", () => {
  it("marks nothing done before anything is recorded", () => {
    expect(stepsDoneByFacts(nothing)).toEqual([]);
  });

  it("completes the timeline step once when they decide and who to contact are both known", () => {
    expect(stepsDoneByFacts({ ...nothing, timelineKnown: true, interviewerIds: [] })).toEqual([]);
    expect(stepsDoneByFacts({ ...nothing, timelineKnown: true })).toEqual(["timeline"]);
    expect(stepsDoneByFacts({ ...nothing, timelineKnown: true, interviewerIds: [], followUpContactKnown: true })).toEqual(["timeline"]);
    // The consultant is the contact for an interview the agency arranged.
    expect(stepsDoneByFacts({ ...nothing, source: "agency", timelineKnown: true, interviewerIds: [] })).toEqual(["timeline"]);
  });

  it("completes the thanks only when every interviewer is thanked", () => {
    expect(stepsDoneByFacts({ ...nothing, thankedInterviewerIds: ["jo", "sam"] })).toEqual([]);
    expect(stepsDoneByFacts({ ...nothing, thankedInterviewerIds: ["jo", "sam", "ali"] })).toEqual(["thanks"]);
    expect(stepsDoneByFacts({ ...nothing, interviewerIds: [], thanksGiven: true })).toEqual(["thanks"]);
  });

  it("counts an interviewer the candidate chose to skip as settled", () => {
    expect(stepsDoneByFacts({ ...nothing, thankedInterviewerIds: ["jo", "sam"], skippedInterviewerIds: ["ali"] })).toEqual(["thanks"]);
    expect(stepsDoneByFacts({ ...nothing, thankedInterviewerIds: ["jo"], skippedInterviewerIds: ["ali"] })).toEqual([]);
  });

  it("completes an agency interview's thanks when the note is given to the consultant", () => {
    expect(stepsDoneByFacts({ ...nothing, source: "agency", thanksGiven: true })).toEqual(["thanks"]);
    // A client who welcomes direct notes gets one per interviewer, as a direct application does.
    expect(stepsDoneByFacts({ ...nothing, source: "agency", clientWelcomesDirectNotes: true, thanksGiven: true })).toEqual([]);
  });

  it("completes reflect with a saved reflection, and decide once 'still want it' is answered", () => {
    expect(stepsDoneByFacts({ ...nothing, reflectionSaved: true })).toEqual(["reflect"]);
    expect(stepsDoneByFacts({ ...nothing, reflectionSaved: true, stillWantAnswered: true })).toEqual(["reflect", "decide"]);
  });
});

describe("thanksProgress", () => {
  it("counts each current interviewer once", () => {
    expect(thanksProgress({ interviewerIds: ["jo", "sam", "ali"], thankedInterviewerIds: ["jo", "jo", "gone"], skippedInterviewerIds: [] })).toEqual({ thanked: 1, skipped: 0, of: 3 });
    expect(thanksProgress({ interviewerIds: ["jo", "sam", "ali"], thankedInterviewerIds: ["jo"], skippedInterviewerIds: ["sam", "gone"] })).toEqual({ thanked: 1, skipped: 1, of: 3 });
  });
});

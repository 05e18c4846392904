// A valid interview form as the portal's interview forms post it: a second
// round in a fortnight from `now`, by phone, one interviewer. Shared by the
// authorization matrix, the fuzz tests' starting points and bench/load.ts.

const DAY = 86_400_000;

export function interviewFormFields(now: Date): Record<string, string> {
  return {
    round: "2",
    date: new Date(now.getTime() + 14 * DAY).toISOString().slice(0, 10),
    time: "14:30",
    timeZone: "Europe/London",
    durationMinutes: "45",
    format: "phone",
    timelineKind: "relative",
    timelineAmount: "2",
    timelineUnit: "weeks",
    "interviewers.0.name": "Sam Reid",
    "interviewers.0.email": "sam@client.test",
  };
}

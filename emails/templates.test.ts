import { createElement, type ComponentType } from "react";
import { describe, expect, it } from "vitest";
import { brand } from "@/lib/config/brand";
import { renderEmail } from "@/lib/email/render";
import { siteOrigin } from "@/lib/env";
import CandidateDigestEmail, {
  candidateDigestSubject,
  hasCandidateDigestContent,
  type CandidateDigestProps,
} from "./candidate-digest";
import ConsultantDigestEmail, {
  consultantDigestSubject,
  describeAge,
  hasConsultantDigestContent,
  type ConsultantDigestProps,
} from "./consultant-digest";
import FollowUpReminderEmail, { followUpReminderSubject, suggestedFollowUpMessage } from "./follow-up-reminder";
import InterviewTomorrowEmail, { interviewTomorrowSubject } from "./interview-tomorrow";
import PostInterviewEmail, { postInterviewSubject, type PostInterviewProps } from "./post-interview";
import ThanksToPassOnEmail, { thanksToPassOnSubject } from "./thanks-to-pass-on";
import ClientFeedbackEmail, { clientFeedbackSubject } from "./client-feedback";
import NewCandidateEmail, { newCandidateSubject } from "./new-candidate";
import NoConsultantEmail, { noConsultantSubject } from "./no-consultant";
import CandidatesHandedOverEmail, { candidatesHandedOverSubject } from "./candidates-handed-over";
import RetentionNoticeEmail, { retentionNoticeSubject } from "./retention-notice";

const at = (path: string) => new URL(path, siteOrigin()).toString();
const settingsUrl = at("/portal/settings");

async function render<P extends object>(component: ComponentType<P>, props: P) {
  return renderEmail(createElement(component, props));
}

/** Every reminder and digest: the one-click way out, and nothing a template forgot to fill in. */
function expectWellFormed(text: string, html: string, unsubscribeUrl: string) {
  expect(text).toContain(`Stop these emails ${unsubscribeUrl}`);
  expect(html).toContain(`href="${unsubscribeUrl}"`);
  for (const part of [text, html]) {
    expect(part).not.toMatch(/\bundefined\b|\bnull\b|NaN|Invalid Date|\[object Object\]/);
  }
  // The layout's contact line, so the brand frame is there.
  expect(text).toContain(brand.agencyName);
}

describe("post-interview email", () => {
  const preview = PostInterviewEmail.PreviewProps;
  const id = preview.interviewId;

  it("sends a direct applicant to their thank-you drafts and the reflection", async () => {
    const { text, html } = await render(PostInterviewEmail, preview);
    expect(text).toContain(at(`/portal/interviews/${id}/thank-you`));
    expect(text).toContain(at(`/portal/interviews/${id}/reflection`));
    expect(text).toContain("Jo Evans and Ravi Patel");
    expect(text).toContain("Hello Sam,");
    expect(text).toContain(`manage email preferences ${settingsUrl}`);
    expectWellFormed(text, html, preview.unsubscribeUrl);
    expect(postInterviewSubject(preview)).toBe("How did it go at Harbour Lane Foods? Your thank-you notes are ready");
  });

  it("asks an agency candidate to debrief their consultant, who passes thanks on", async () => {
    const props: PostInterviewProps = {
      ...preview,
      candidateName: null,
      route: { source: "agency", consultant: { name: "Priya Shah", phone: "0161 832 03 03" }, clientWelcomesDirectNotes: false },
    };
    const { text, html } = await render(PostInterviewEmail, props);
    expect(text).toContain("Call Priya Shah on 0161 832 03 03");
    expect(text).toContain("Priya Shah can pass your thanks on");
    expect(text).toContain(at(`/portal/interviews/${id}/reflection`));
    expect(text).toContain("Hello, your interview");
    expect(text).not.toContain("Your drafts are ready");
    expectWellFormed(text, html, props.unsubscribeUrl);
    expect(postInterviewSubject(props)).toContain("debrief Priya Shah");
  });

  it("lets an agency candidate thank the interviewers directly when the client welcomes it", async () => {
    const props: PostInterviewProps = {
      ...preview,
      route: { source: "agency", consultant: { name: "Priya Shah", phone: "0161 832 03 03" }, clientWelcomesDirectNotes: true },
    };
    const { text } = await render(PostInterviewEmail, props);
    expect(text).toContain("Call Priya Shah on 0161 832 03 03");
    expect(text).toContain("thank your interviewers yourself");
    expect(text).toContain(`Open your thank-you drafts ${at(`/portal/interviews/${id}/thank-you`)}`);
  });
});

describe("follow-up reminder", () => {
  const preview = FollowUpReminderEmail.PreviewProps;

  it("names who to contact, suggests a message and links to the interview", async () => {
    const { text, html } = await render(FollowUpReminderEmail, preview);
    expect(text).toContain("Jo Evans (jo.evans@harbourlane.example)");
    // The contact is listed with their address; the message greets them by first name only.
    expect(text).toContain("Dear Jo,");
    expect(text).not.toContain("Dear Jo Evans");
    expect(text).toContain("my interview for the Data Analyst role on 5 November 2026");
    expect(text).toContain("Best wishes,");
    expect(text).toContain(at(`/portal/interviews/${preview.interviewId}`));
    expect(text).toContain(`manage email preferences ${settingsUrl}`);
    expectWellFormed(text, html, preview.unsubscribeUrl);
    expect(followUpReminderSubject(preview)).toBe("Time to follow up with Harbour Lane Foods");
  });

  it("says the second follow-up is the last, and copes with nobody on record", async () => {
    const props = { ...preview, which: "second" as const, contacts: [], candidateName: null };
    const { text, html } = await render(FollowUpReminderEmail, props);
    expect(text).toContain("second and last follow-up");
    expect(text).toContain("Whoever invited you to the interview");
    expect(suggestedFollowUpMessage(props)).toMatch(/^Dear Harbour Lane Foods hiring team,\n\nI am following up once more/);
    expectWellFormed(text, html, props.unsubscribeUrl);
    expect(followUpReminderSubject(props)).toBe("One last follow-up with Harbour Lane Foods");
  });
});

describe("interview-tomorrow reminder", () => {
  const preview = InterviewTomorrowEmail.PreviewProps;

  it("gives when (in the candidate's time zone), where and who, and mentions the calendar file", async () => {
    const { text, html } = await render(InterviewTomorrowEmail, preview);
    expect(text).toContain("Thursday 5 November 2026 at 10:00 to 11:00 (Europe/London time)");
    expect(text).toContain("12 Dock Street, Salford");
    expect(text).toContain("Jo Evans (Head of Finance), Ravi Patel");
    expect(text).toContain("The calendar file is attached");
    expect(text).toContain(at(`/portal/interviews/${preview.interviewId}`));
    expectWellFormed(text, html, preview.unsubscribeUrl);
  });

  it("shows the time where the candidate lives, and the video link", async () => {
    const props = {
      ...preview,
      timeZone: "America/Toronto",
      format: "video" as const,
      location: null,
      meetingUrl: "https://meet.example/abc",
    };
    const { text, html } = await render(InterviewTomorrowEmail, props);
    expect(text).toContain("at 05:00 to 06:00 (America/Toronto time)");
    expect(html).toContain('href="https://meet.example/abc"');
    expect(interviewTomorrowSubject(props)).toBe("Tomorrow at 05:00: your interview with Harbour Lane Foods");
    expectWellFormed(text, html, props.unsubscribeUrl);
  });
});

describe("candidate digest", () => {
  const preview = CandidateDigestEmail.PreviewProps;

  it("lists open applications with their stage, what is due, and a nudge to keep applying", async () => {
    const { text, html } = await render(CandidateDigestEmail, preview);
    expect(text).toContain("Awaiting decision: Data Analyst at Harbour Lane Foods");
    expect(text).toContain("Applied: Insight Officer at Salford Housing Trust");
    expect(text).toContain(at(`/portal/applications/${preview.applications[0].id}`));
    expect(text).toContain("26 November 2026, Harbour Lane Foods: Follow up if you have not heard");
    expect(text).toContain("Keep applying while you wait".toUpperCase());
    expect(text).toContain(at("/portal/applications/new"));
    expect(text).toContain(`manage email preferences ${settingsUrl}`);
    expectWellFormed(text, html, preview.unsubscribeUrl);
    expect(candidateDigestSubject(preview)).toBe("Your week: 3 open applications, 1 thing due");
  });

  it("is never built from nothing", async () => {
    expect(hasCandidateDigestContent({ applications: [] })).toBe(false);
    expect(hasCandidateDigestContent({ applications: [preview.applications[0]] })).toBe(true);
    const empty = { ...preview, applications: [] } as unknown as CandidateDigestProps;
    await expect(render(CandidateDigestEmail, empty)).rejects.toThrow(/at least one open application/);
  });
});

describe("consultant digest", () => {
  const preview = ConsultantDigestEmail.PreviewProps;

  it("lists candidates needing attention with the reason and how long", async () => {
    const { text, html } = await render(ConsultantDigestEmail, preview);
    expect(text).toContain("Sam Taylor, Data Analyst at Harbour Lane Foods: Debrief not done (for 1 day)");
    expect(text).toContain("Decision date passed without news (for 4 days)");
    expect(text).toContain("Follow-up due (since today)");
    expect(text).toContain(at("/consultant"));
    expectWellFormed(text, html, preview.unsubscribeUrl);
    expect(consultantDigestSubject(preview)).toBe("3 candidates need your attention today");
    expect(describeAge(0)).toBe("since today");
  });

  it("is never built from nothing", async () => {
    expect(hasConsultantDigestContent({ candidates: [] })).toBe(false);
    expect(hasConsultantDigestContent({ candidates: [preview.candidates[0]] })).toBe(true);
    const empty = { ...preview, candidates: [] } as unknown as ConsultantDigestProps;
    await expect(render(ConsultantDigestEmail, empty)).rejects.toThrow(/at least one candidate/);
  });
});

describe("thanks to pass on", () => {
  it("gives the consultant the note, who it is for and a link to the candidate's page", async () => {
    const props = ThanksToPassOnEmail.PreviewProps;
    const { text, html } = await render(ThanksToPassOnEmail, props);
    expect(thanksToPassOnSubject(props)).toBe("Pass on thanks from Sam Taylor to Northgate Homes Trust");
    expect(text).toContain("Hello Priya,");
    expect(text).toContain("pass it on to Jo Evans and Raj Patel");
    expect(text).toContain("I enjoyed hearing about the new estates team.");
    expect(html).toContain(`href="${at(`/consultant/candidates/${props.candidateId}`)}"`);
    for (const part of [text, html]) expect(part).not.toMatch(/\bundefined\b|\bnull\b|\[object Object\]/);
  });
});

describe("consultant assignment", () => {
  it("tells the consultant whose consultant they now are, for what, with a link to the candidate's page", async () => {
    const props = NewCandidateEmail.PreviewProps;
    const { text, html } = await render(NewCandidateEmail, props);
    expect(newCandidateSubject(props)).toBe("Sam Taylor is now your candidate");
    expect(text).toContain("Hello Priya,");
    expect(text).toContain("You are now Sam Taylor’s consultant, for Housing Officer at Northgate Homes Trust through the agency.");
    expect(html).toContain(`href="${at(`/consultant/candidates/${props.candidateId}`)}"`);
    const { text: bare } = await render(NewCandidateEmail, { ...props, vacancies: [] });
    expect(bare).toContain("You are now Sam Taylor’s consultant. They have been told");
    for (const part of [text, html, bare]) expect(part).not.toMatch(/\bundefined\b|\bnull\b|\[object Object\]/);
  });

  it("tells a successor which candidates are now theirs, each linked", async () => {
    const props = CandidatesHandedOverEmail.PreviewProps;
    const { text, html } = await render(CandidatesHandedOverEmail, props);
    expect(candidatesHandedOverSubject(props)).toBe("You have 2 new candidates from Tom Whitaker");
    expect(text).toContain("Hello Priya,");
    for (const candidate of props.candidates) expect(html).toContain(`href="${at(`/consultant/candidates/${candidate.id}`)}"`);
    for (const part of [text, html]) expect(part).not.toMatch(/\bundefined\b|\bnull\b|\[object Object\]/);
  });

  it("tells an admin a candidate has nobody, and links to the candidates waiting", async () => {
    const props = NoConsultantEmail.PreviewProps;
    const { text, html } = await render(NoConsultantEmail, props);
    expect(noConsultantSubject(props)).toBe("Sam Taylor has no consultant");
    expect(text).toContain("the team has no active consultants");
    expect(html).toContain(`href="${at("/admin/candidates?consultant=none")}"`);
    for (const part of [text, html]) expect(part).not.toMatch(/\bundefined\b|\bnull\b|\[object Object\]/);
  });
});

describe("client feedback", () => {
  it("tells the candidate what the client said, who passed it on, and links to their plan", async () => {
    const props = ClientFeedbackEmail.PreviewProps;
    const { text, html } = await render(ClientFeedbackEmail, props);
    expect(clientFeedbackSubject(props)).toBe("Feedback from Northgate Homes Trust on your interview");
    expect(text).toContain("Hello Sam,");
    expect(text).toContain("Priya Shah has passed on what Northgate Homes Trust said about your interview for Housing Officer");
    expect(text).toContain("They liked your case study");
    expect(html).toContain(`href="${at(`/portal/interviews/${props.interviewId}`)}"`);
  });
});

describe("the retention notice", () => {
  const base = RetentionNoticeEmail.PreviewProps;
  const wellFormed = (text: string, html: string) => {
    for (const part of [text, html]) expect(part).not.toMatch(/\bundefined\b|\bnull\b|NaN|Invalid Date|\[object Object\]/);
  };

  it("asks a year-unused account whether to keep it, with the date and a one-click keep link", async () => {
    const { text, html } = await render(RetentionNoticeEmail, base);
    expect(retentionNoticeSubject(base)).toBe("Shall we keep your Next Steps account?");
    expect(text).toContain("unless you tell us otherwise we will delete your account and everything in it on 5 January 2027");
    expect(html).toContain(`href="${base.keepUrl}"`);
    wellFormed(text, html);
  });

  it("tells someone who asked to be kept that we are keeping them, with no date and no keep link", async () => {
    const props = { ...base, erasureDate: null, keepUrl: null };
    const { text, html } = await render(RetentionNoticeEmail, props);
    expect(retentionNoticeSubject(props)).toBe("We are keeping your Next Steps details, as you asked");
    expect(text).not.toContain("delete your account and everything");
    expect(html).toContain(`href="${at("/portal/privacy")}"`);
    wellFormed(text, html);
  });

  it("confirms a withdrawal with the date, and how to change their mind", async () => {
    const props = { ...base, reason: "withdrawn" as const, keepUrl: null };
    const { text, html } = await render(RetentionNoticeEmail, props);
    expect(retentionNoticeSubject(props)).toBe("Your Next Steps account will be deleted");
    expect(text).toContain("we will delete your account and everything in it on 5 January 2027");
    expect(text).toContain("choose “Keep my details” on your privacy page");
    wellFormed(text, html);
  });
});

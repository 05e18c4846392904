// A tag in frontmatter must be one of these keys; the description heads the
// tag's page and is its meta description (140 to 160 characters).
export const articleTags = {
  "after-the-interview": {
    label: "After the interview",
    description:
      "What to do in the hours and days after a job interview, step by step: who to thank, when to chase, what to write down and how to keep your nerve.",
  },
  "thank-you-notes": {
    label: "Thank-you notes",
    description:
      "Who to thank after an interview, when and what to say, with example notes you can adapt for one interviewer, a panel, a second round or an agency.",
  },
  "following-up": {
    label: "Following up",
    description:
      "When to chase an employer after an interview, how to word it on the phone or by email, what to do when the date slips, and when to stop chasing.",
  },
  reflection: {
    label: "Reflection",
    description:
      "Learning from each interview so the next one goes better: an honest self-assessment, written while it is fresh, that you can reuse every time.",
  },
  decisions: {
    label: "Decisions",
    description:
      "Working out whether a job is still the one you want, weighing an offer against another, and saying yes, no or not yet without burning bridges.",
  },
  "job-search": {
    label: "Job search",
    description:
      "Keeping your job search moving while you wait to hear back: a steady weekly rhythm, one simple list, and options that take the pressure off.",
  },
  "recruitment-agencies": {
    label: "Recruitment agencies",
    description:
      "How working with a recruitment agency changes what you do after an interview: the debrief call, relayed thanks, feedback, chasing and the offer.",
  },
  rejection: {
    label: "Rejection",
    description:
      "When the answer is no: replying with grace, asking for feedback that helps, getting a copy of your interview notes, and carrying on with your search.",
  },
  "job-offers": {
    label: "Job offers",
    description:
      "From the phone call to the contract: conditional offers, references and checks, negotiating pay and terms, and choosing between two offers at once.",
  },
  "later-rounds": {
    label: "Later rounds",
    description:
      "Second interviews, assessment centres and video interviews: what changes after the first round, how to prepare, and how to follow up afterwards.",
  },
} as const;

export type ArticleTag = keyof typeof articleTags;
export const articleTagKeys = Object.keys(articleTags) as [ArticleTag, ...ArticleTag[]];

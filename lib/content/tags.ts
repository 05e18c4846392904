// A tag in frontmatter must be one of these keys; the description heads the tag's page.
export const articleTags = {
  "after-the-interview": {
    label: "After the interview",
    description: "What to do in the hours and days after a job interview, step by step.",
  },
  "thank-you-notes": {
    label: "Thank-you notes",
    description: "Who to thank, when, and what to say, with examples you can adapt.",
  },
  "following-up": {
    label: "Following up",
    description: "When to chase, how to word it, and when to stop.",
  },
  reflection: {
    label: "Reflection",
    description: "Learning from each interview so the next one goes better.",
  },
  decisions: {
    label: "Decisions",
    description: "Working out whether a job is still the one you want.",
  },
  "job-search": {
    label: "Job search",
    description: "Keeping your search moving while you wait to hear back.",
  },
  "recruitment-agencies": {
    label: "Recruitment agencies",
    description: "How working with an agency changes what you do after an interview.",
  },
} as const;

export type ArticleTag = keyof typeof articleTags;
export const articleTagKeys = Object.keys(articleTags) as [ArticleTag, ...ArticleTag[]];

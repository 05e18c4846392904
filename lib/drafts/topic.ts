// "One thing you talked about" as the candidate typed it, made into a phrase that sits inside a
// sentence of a draft. Shared by the portal's notes and the article's note builder.

// "The new Leeds office" reads wrongly mid-sentence; a name such as "Project Atlas" keeps its capital.
const LEADING_WORD = /^(The|A|An|Their|Your|Our|My|His|Her|Its|How|What|Why|When|Where|Which|Who)\b/;

/**
 * "We talked about the new Leeds office." → "the new Leeds office". Only the first sentence is kept,
 * so nothing typed can add a sentence of its own (or repeat one of the draft's).
 */
export function topicPhrase(value: string | null | undefined): string {
  const text = (value ?? "").replace(/\s+/g, " ").trim();
  const first = (text.split(/(?<=[.!?])\s/)[0] ?? "")
    .replace(/^(?:we\s+|I\s+)?(?:talked|spoke|chatted)\s+about\s+/i, "")
    .replace(/^about\s+/i, "")
    .replace(/^["'‘“]+|["'’”]+$/g, "")
    .replace(/[\s.!?;:,]+$/, "")
    .trim();
  return first.replace(LEADING_WORD, (word) => word.toLowerCase());
}

import { z } from "zod";
import { applicationStages } from "../domain/values";

// The query string is anyone's to edit, so a malformed value is dropped, not refused.

const optionalText = z.string().trim().max(200).optional().catch(undefined).transform((value) => value || undefined);
const optionalDate = z.iso.date().optional().catch(undefined);

export const pipelineFiltersSchema = z.object({
  stage: z.enum(applicationStages).optional().catch(undefined),
  candidate: z.uuid().optional().catch(undefined),
  company: optionalText,
  /** Stage changed on or after this day (the viewer's calendar day). */
  from: optionalDate,
  to: optionalDate,
  q: optionalText,
});

export type PipelineFilters = Partial<z.infer<typeof pipelineFiltersSchema>>;

export function parsePipelineFilters(params: Record<string, string | string[] | undefined>): PipelineFilters {
  const single = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return pipelineFiltersSchema.parse(single);
}

export function pipelineQuery(filters: PipelineFilters): string {
  const entries = Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "");
  return entries.length > 0 ? `?${new URLSearchParams(entries).toString()}` : "";
}

/** `%` and `_` typed into a search are meant literally. */
export function likePattern(text: string): string {
  return `%${text.replaceAll("\\", "\\\\").replaceAll("%", "\\%").replaceAll("_", "\\_")}%`;
}

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
  /** A page of one stage's applications; the first is no page at all, so each view has one address. */
  page: z.coerce.number().int().min(2).max(100_000).optional().catch(undefined),
});

export type PipelineFilters = Partial<z.infer<typeof pipelineFiltersSchema>>;

export function parsePipelineFilters(params: Record<string, string | string[] | undefined>): PipelineFilters {
  const single = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const filters = pipelineFiltersSchema.parse(single);
  // Only one stage is paged; the whole board shows each stage's first few.
  return filters.stage ? filters : { ...filters, page: undefined };
}

export function pipelineQuery(filters: PipelineFilters): string {
  const entries = Object.entries(filters).flatMap(([key, value]) => (typeof value === "string" && value !== "") || typeof value === "number" ? [[key, String(value)]] : []);
  return entries.length > 0 ? `?${new URLSearchParams(entries).toString()}` : "";
}

/** The card a move just landed (`?moved=`): shown, and focused, even where the list would stop short of it. */
export function movedCardId(params: Record<string, string | string[] | undefined>): string | undefined {
  return z.uuid().optional().catch(undefined).parse(typeof params.moved === "string" ? params.moved : undefined);
}

/** `%` and `_` typed into a search are meant literally. */
export function likePattern(text: string): string {
  return `%${text.replaceAll("\\", "\\\\").replaceAll("%", "\\%").replaceAll("_", "\\_")}%`;
}

"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/dal";
import { staffRoles } from "@/lib/domain/values";
import { applicationStages } from "@/lib/domain/values";
import { moveApplicationStage } from "@/lib/journey/move-stage";
import { parsePipelineFilters, pipelineQuery } from "@/lib/staff/pipeline-filters";

const moveSchema = z.object({ applicationId: z.uuid(), stage: z.enum(applicationStages) });

/** The board's "Move" button: works without JavaScript, and comes back to the same filtered board
 *  with the outcome. The fragment takes a browser without JavaScript to the card in its new column;
 *  with JavaScript the page focuses it (FocusOnArrival). */
export async function moveStageAction(formData: FormData): Promise<void> {
  const user = await requireRole(staffRoles, "/consultant/pipeline");
  // The filters ride along as a query string; rebuilt from the schema, never echoed back raw.
  const back = new URLSearchParams(String(formData.get("back") ?? "").replace(/^\?/, ""));
  const query = pipelineQuery(parsePipelineFilters(Object.fromEntries(back)));
  const join = query ? "&" : "?";
  const parsed = moveSchema.safeParse({ applicationId: formData.get("applicationId"), stage: formData.get("stage") });
  if (!parsed.success) redirect(`/consultant/pipeline${query}${join}error=invalid`);
  const outcome = await moveApplicationStage(user, parsed.data);
  if (outcome === "not_found") redirect(`/consultant/pipeline${query}${join}error=not-found`);
  const id = parsed.data.applicationId;
  if (outcome === "unchanged") redirect(`/consultant/pipeline${query}#card-${id}`);
  redirect(`/consultant/pipeline${query}${join}moved=${id}#card-${id}`);
}

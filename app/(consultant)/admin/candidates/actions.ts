"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/dal";
import { attempt } from "@/lib/actions/attempt";
import { invalidForm, refusedForm, type FormState } from "@/lib/actions/form-state";
import { assignmentInputSchema, intakeInputSchema } from "@/lib/admin/assignment-schema";
import { setIntakeConsultant } from "@/lib/admin/intake";
import { assignCandidate, type AssignmentResult } from "@/lib/admin/assignments";

const applicationsMoved = (count: number) =>
  count === 0 ? "" : ` ${count} open agency application${count === 1 ? "" : "s"} moved with them.`;

export async function assignCandidateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const caller = await requireRole(["admin"], "/admin/candidates");
  const parsed = assignmentInputSchema.safeParse({
    candidateId: formData.get("candidateId") ?? undefined,
    consultantId: formData.get("consultantId") ?? undefined,
  });
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const assigned = await attempt("[admin] assignment failed", () => assignCandidate(caller, parsed.data));
  if (!assigned.ok) return refusedForm("We could not save the assignment just now. Please try again.", formData);
  const result: AssignmentResult = assigned.value;
  switch (result.status) {
    case "not-candidate":
      return refusedForm("That person is not a candidate (any more). Reload the page to see the current list.", formData);
    case "not-consultant":
      return refusedForm("Candidates can only be assigned to a consultant. Choose one from the list.", formData);
    case "unchanged":
      return { status: "success", message: "No change: that was already their consultant." };
  }
  // The team page counts each consultant's candidates.
  revalidatePath("/admin/candidates");
  revalidatePath("/admin");
  const who = result.consultantName ? `now assigned to ${result.consultantName}` : "no longer assigned to a consultant";
  return { status: "success", message: `${result.candidateName} is ${who}.${applicationsMoved(result.movedApplications)}` };
}

export async function setIntakeConsultantAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const caller = await requireRole(["admin"], "/admin/candidates");
  const parsed = intakeInputSchema.safeParse({ consultantId: formData.get("consultantId") ?? undefined });
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const saved = await attempt("[admin] intake setting failed", () => setIntakeConsultant(caller, parsed.data.consultantId));
  if (!saved.ok) return refusedForm("We could not save that just now. Please try again.", formData);
  if (saved.value.status === "not-consultant") return refusedForm("Only an active consultant can take new candidates. Choose one from the list.", formData);
  revalidatePath("/admin/candidates");
  const who = saved.value.consultantName ?? "whoever has the fewest candidates in progress";
  return { status: "success", message: `New agency candidates now go to ${who}.` };
}

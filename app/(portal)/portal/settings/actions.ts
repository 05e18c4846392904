"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRole } from "@/lib/auth/dal";
import { attempt } from "@/lib/actions/attempt";
import { invalidForm, refusedForm, typedValues, type FormState } from "@/lib/actions/form-state";
import { siteOrigin } from "@/lib/env";
import { createCalendarFeed, revokeCalendarFeeds } from "@/lib/portal/calendar-feed";
import { updateOwnSettings } from "@/lib/portal/settings";
import { settingsInputSchema } from "@/lib/portal/settings-schema";

const field = (formData: FormData, name: string) => formData.get(name) ?? undefined;

export async function updateSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole(["candidate"]);
  // Only the four fields the form is for: anything else a request carries is ignored.
  const parsed = settingsInputSchema.safeParse({
    name: field(formData, "name"),
    timeZone: field(formData, "timeZone"),
    remindersEnabled: field(formData, "remindersEnabled"),
    digestEnabled: field(formData, "digestEnabled"),
  });
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const saved = await attempt("[settings] update failed", () => updateOwnSettings(user, parsed.data));
  if (!saved.ok) return refusedForm("We could not save your settings just now. Please try again.", formData);
  if (!saved.value) return refusedForm("We could not find your account. Please sign in again.", formData);
  // The name shows in every portal page's header; the zone sets the dashboard's "today".
  revalidatePath("/portal", "layout");
  return { status: "success", message: "Your settings are saved.", values: typedValues(formData) };
}

export type CalendarFeedState = FormState & { feedUrl?: string };

const intentSchema = z.enum(["create", "revoke"], "Choose what to do with your calendar link");
const feedChangeFailed = "We could not change your calendar link just now. Please try again.";

export async function calendarFeedAction(_previous: CalendarFeedState, formData: FormData): Promise<CalendarFeedState> {
  const user = await requireRole(["candidate"]);
  const intent = intentSchema.safeParse(formData.get("intent"));
  if (!intent.success) return invalidForm(intent.error, formData);
  if (intent.data === "create") {
    const token = await attempt("[settings] calendar feed change failed", () => createCalendarFeed(user));
    if (!token.ok) return refusedForm(feedChangeFailed);
    revalidatePath("/portal/settings");
    return {
      status: "success",
      message: "Your private calendar link is ready. Copy it now: for your privacy we show it only once.",
      feedUrl: `${siteOrigin()}/calendar/${token.value}`,
    };
  }
  const revoked = await attempt("[settings] calendar feed change failed", () => revokeCalendarFeeds(user));
  if (!revoked.ok) return refusedForm(feedChangeFailed);
  revalidatePath("/portal/settings");
  return {
    status: "success",
    message: revoked.value > 0
      ? "Your calendar link is turned off. Calendars subscribed to it will stop updating."
      : "You had no calendar link turned on.",
  };
}

import type { Metadata } from "next";
import { PageHeading } from "@/components/page-heading";
import { OneButtonForm } from "@/components/forms/one-button-form";
import { brand } from "@/lib/config/brand";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/domain/format";
import { erasureScheduleOf } from "@/lib/retention/account-state";
import { verifyKeepToken } from "@/lib/retention/keep-link";
import { keepDetailsByLinkAction } from "./actions";

// Reached from the retention email without signing in. Showing the page changes nothing (mail
// scanners open links); the button does.
export const metadata: Metadata = {
  title: "Keep my details",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

export default async function KeepMyDetailsPage({ searchParams }: PageProps<"/keep-my-details">) {
  const { token } = await searchParams;
  const value = typeof token === "string" ? token : null;
  const link = value ? verifyKeepToken(value) : null;
  if (!value || !link) {
    return (
      <div className="max-w-3xl space-y-4">
        <PageHeading
          title="This link is not valid"
          lead="It may have been cut short when it was copied from the email. Try opening it from the email again, or sign in: signing in keeps your details too."
        />
      </div>
    );
  }
  const schedule = await erasureScheduleOf(getDb(), link.userId);
  return (
    <div className="max-w-3xl space-y-4">
      <PageHeading
        title="Keep my details"
        lead={
          schedule
            ? `Your ${brand.siteName} account is due to be deleted on ${formatDate(schedule.dueAt, schedule.timeZone)}. Press the button to keep it, with everything in it, for your next job search.`
            : `Press the button to keep your ${brand.siteName} account, with everything in it, for your next job search.`
        }
      />
      <OneButtonForm action={keepDetailsByLinkAction.bind(null, value)} label="Keep my details" variant="primary" />
      <p>If you are happy for your details to go, you need do nothing.</p>
    </div>
  );
}

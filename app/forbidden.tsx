import { IntentLink } from "@/components/intent-link";
import { PublicFrame } from "@/components/site-header/public-frame";

export default function Forbidden() {
  return (
    <PublicFrame>
      <div className="mx-auto max-w-xl space-y-4 py-4">
        <h1 className="text-3xl font-bold">You do not have access to this page</h1>
        <p>This part of the site is for agency staff. If you are a candidate, your own pages are in your portal.</p>
        <p>
          <IntentLink href="/portal" className="font-semibold underline">
            Go to your portal
          </IntentLink>
        </p>
      </div>
    </PublicFrame>
  );
}

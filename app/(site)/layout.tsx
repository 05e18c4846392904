import type { ReactNode } from "react";
import { PublicFrame } from "@/components/site-header/public-frame";

// No cookies, headers or session here: the public pages must stay static.
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <PublicFrame>{children}</PublicFrame>;
}

import type { ReactNode } from "react";
import { PublicFrame } from "@/components/site-header/public-frame";

// The advice sits outside the (site) group on purpose: inside a route group Next.js suffixes
// opengraph-image routes with a hash, and the articles' metadata and JSON-LD name the plain URL.
export default function AdviceLayout({ children }: { children: ReactNode }) {
  return <PublicFrame>{children}</PublicFrame>;
}

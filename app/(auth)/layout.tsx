import type { ReactNode } from "react";
import { PublicFrame } from "@/components/site-header/public-frame";

// Sign-in pages share the public header; the pages themselves decide what is dynamic.
export default function AuthLayout({ children }: { children: ReactNode }) {
  return <PublicFrame>{children}</PublicFrame>;
}

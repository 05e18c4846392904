import { AreaShell } from "@/components/area-shell";
import { getCurrentUser } from "@/lib/auth/dal";
import { adminNav, consultantNav } from "@/lib/config/navigation";

export default async function ConsultantLayout({ children }: LayoutProps<"/consultant">) {
  // Only the menu depends on the role; every page checks access for itself.
  const user = await getCurrentUser();
  return <AreaShell area={{ label: "Consultant area", nav: user?.role === "admin" ? adminNav : consultantNav }}>{children}</AreaShell>;
}

import { AreaShell } from "@/components/area-shell";
import { adminNav } from "@/lib/config/navigation";

export default function AdminLayout({ children }: LayoutProps<"/admin">) {
  return <AreaShell area={{ label: "Admin area", nav: adminNav }}>{children}</AreaShell>;
}

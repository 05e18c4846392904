import { AreaShell } from "@/components/area-shell";
import { portalNav } from "@/lib/config/navigation";

export default function PortalLayout({ children }: LayoutProps<"/portal">) {
  return <AreaShell area={{ label: "Portal", nav: portalNav }}>{children}</AreaShell>;
}

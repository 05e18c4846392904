import { AreaShell } from "@/components/area-shell";
import { consultantNav } from "@/lib/config/navigation";

export default function ConsultantLayout({ children }: LayoutProps<"/consultant">) {
  return (
    <AreaShell label="Consultant area" nav={consultantNav}>
      {children}
    </AreaShell>
  );
}

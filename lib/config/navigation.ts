// Navigation for each audience. Layouts read these; pages never hard-code menus.

export type NavItem = { href: string; label: string };

export const mainNav: NavItem[] = [
  { href: "/", label: "Home" },
  { href: "/advice", label: "Advice" },
  { href: "/about", label: "About and contact" },
];

export const portalNav: NavItem[] = [
  { href: "/portal", label: "Dashboard" },
  { href: "/portal/applications", label: "Applications" },
  { href: "/portal/questions", label: "Question library" },
  { href: "/portal/settings", label: "Settings" },
  { href: "/portal/privacy", label: "Privacy and data" },
];

export const consultantNav: NavItem[] = [
  { href: "/consultant", label: "Needs attention" },
  { href: "/consultant/pipeline", label: "Pipeline" },
  { href: "/consultant/candidates", label: "Candidates" },
  { href: "/consultant/metrics", label: "Metrics" },
];

export const adminNav: NavItem[] = [
  ...consultantNav,
  { href: "/admin", label: "Team" },
  { href: "/admin/candidates", label: "Assignments" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/mail", label: "Mail" },
  { href: "/admin/retention", label: "Retention" },
];

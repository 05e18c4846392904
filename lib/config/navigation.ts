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
];

export const consultantNav: NavItem[] = [{ href: "/consultant", label: "Pipeline" }];

export const adminNav: NavItem[] = [
  { href: "/consultant", label: "Pipeline" },
  { href: "/admin", label: "Admin" },
];

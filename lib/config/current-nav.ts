// Which menu item is the page you are on: the longest link the path starts with, so
// /portal/applications/3 marks "Applications" and not "Dashboard" (/portal).

export function currentHref(pathname: string, hrefs: readonly string[]): string | undefined {
  const within = (href: string) => pathname === href || (href !== "/" && pathname.startsWith(`${href}/`));
  return hrefs.filter(within).sort((a, b) => b.length - a.length)[0];
}

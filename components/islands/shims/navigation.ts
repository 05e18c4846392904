// Islands build only: a page without Next.js's router is a whole document per path.
export function usePathname(): string {
  return window.location.pathname;
}

// Which links may be prefetched when a reader shows intent (hover, focus, touch). Pages behind
// sign-in and the sign-in pages themselves are dynamic: prefetching them for someone who has not
// asked costs the server a render and, for an anonymous reader, only leads to a redirect.
const neverPrefetched = ["/portal", "/consultant", "/admin", "/sign-in", "/sign-out", "/dev"];

export function mayPrefetchOnIntent(href: string): boolean {
  if (!href.startsWith("/") || href.startsWith("//")) return false;
  const path = href.split(/[?#]/, 1)[0]!;
  return !neverPrefetched.some((area) => path === area || path.startsWith(`${area}/`));
}

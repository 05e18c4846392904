// The path a request log line shows: never the query (sign-in callbacks carry a token and an email
// address there), and ids and tokens in the path (a client's feedback link, a calendar feed) as
// placeholders, so lines group by route and hold no credential.

const uuid = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;
const number = /^\d+$/;
const slug = /^[a-z\d]+(?:-[a-z\d]+)*$/;
const longRun = /[^-]{16}/;

/** Ours are base64url or hex, 20 characters or more; an article's slug is lowercase words and hyphens. */
function isTokenLike(segment: string): boolean {
  return segment.length >= 20 && (!slug.test(segment) || longRun.test(segment));
}

export function routeOf(url: string): string {
  const pathname = url.split(/[?#]/, 1)[0] ?? "/";
  if (pathname.startsWith("/_next/")) return pathname.replace(/^(\/_next\/[^/]+).*$/, "$1/…");
  return pathname
    .split("/")
    .map((segment) => {
      if (uuid.test(segment)) return "[id]";
      if (number.test(segment)) return "[n]";
      if (isTokenLike(segment)) return "[token]";
      return segment;
    })
    .join("/");
}

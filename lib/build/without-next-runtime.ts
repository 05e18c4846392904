// A prerendered public page needs none of Next.js's client runtime: its HTML is complete, its links
// are plain navigations, and its few interactive parts are islands (components/islands). This turns
// the page Next.js wrote into that page: every script goes except structured data, the runtime's
// preload hints go, and the islands script comes in their place.

const script = /<script\b([^>]*)>[\s\S]*?<\/script>/g;
const link = /<link\b([^>]*)>/g;

function isStructuredData(attributes: string): boolean {
  return /\btype="application\/ld\+json"/.test(attributes);
}

function preloadsScript(attributes: string): boolean {
  return /\brel="modulepreload"/.test(attributes) || (/\brel="preload"/.test(attributes) && /\bas="script"/.test(attributes));
}

export function withoutNextRuntime(html: string, islandsScriptUrl: string): string {
  if (!html.includes("</head>")) throw new Error("not a whole HTML document: no </head>");
  const stripped = html
    .replace(script, (whole, attributes: string) => (isStructuredData(attributes) ? whole : ""))
    .replace(link, (whole, attributes: string) => (preloadsScript(attributes) ? "" : whole));
  return stripped.replace("</head>", `<script type="module" src="${islandsScriptUrl}"></script></head>`);
}

/** What a page still runs after withoutNextRuntime: the src of each script that is not structured data. */
export function scriptsLeft(html: string): string[] {
  return [...html.matchAll(script)]
    .filter(([, attributes]) => !isStructuredData(attributes ?? ""))
    .map(([whole, attributes]) => /\bsrc="([^"]*)"/.exec(attributes ?? "")?.[1] ?? `inline: ${whole.slice(0, 60)}`);
}

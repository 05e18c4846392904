// Calling server actions over HTTP as a browser's router does: the action's id
// (read from the build's own manifest, never listed by hand) in the
// Next-Action header, its arguments encoded by React's encodeReply. Used by
// the tests against the production build and by bench/load.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

export type BuiltAction = {
  id: string;
  exportedName: string;
  /** The source file, e.g. app/(portal)/portal/interviews/actions.ts. */
  filename: string;
  /** The app routes whose pages import the action, e.g. /portal/interviews/[id]/edit. */
  routes: string[];
};

type ManifestEntry = { exportedName: string; filename: string; workers: Record<string, unknown> };

/** Every server action the build knows, from .next/server/server-reference-manifest.json. */
export function readBuiltActions(distDir: string): BuiltAction[] {
  const file = path.join(distDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    exportedName: entry.exportedName,
    filename: entry.filename,
    routes: Object.keys(entry.workers).map(routeOfWorker).sort(),
  }));
}

/** "app/(portal)/portal/interviews/[id]/page" → "/portal/interviews/[id]". */
function routeOfWorker(worker: string): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((segment) => segment && !/^\(.*\)$/.test(segment));
  return `/${segments.join("/")}`;
}

/** A concrete path for a route: each dynamic segment ([id]) becomes `param`. */
export function pathForRoute(route: string, param: string): string {
  return route.replace(/\[[^\]]+\]/g, encodeURIComponent(param));
}

type EncodeReply = (value: unknown) => Promise<string | FormData>;

// React's client half of the action protocol, as Next.js bundles it for Node.
const encodeReply: EncodeReply = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.node.js").encodeReply;

export type ActionCall = { headers: Record<string, string>; body: string | FormData };

/**
 * The request a browser's router sends to run `actionId` with `args`. The
 * caller adds the cookie and the Origin (the check under test decides on it).
 */
export async function encodeActionCall(actionId: string, args: unknown[]): Promise<ActionCall> {
  const body = await encodeReply(args);
  const headers: Record<string, string> = { "next-action": actionId, accept: "text/x-component" };
  // A FormData body sets its own multipart boundary.
  if (typeof body === "string") headers["content-type"] = "text/plain;charset=UTF-8";
  return { headers, body };
}

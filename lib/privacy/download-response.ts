import "server-only";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/dal";

// The privacy page's downloads share one gate: signed in (401), a candidate
// (403), then the file as an attachment that no cache keeps.

export type Download = { fileName: string; contentType: string; body: string | Uint8Array<ArrayBuffer> };
type BuildDownload = (caller: CurrentUser, now: Date) => Promise<Download | null>;

const noStore = "private, no-store";

const plain = (status: number, message: string) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": noStore } });

export async function ownDataDownload(build: BuildDownload): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return plain(401, "Sign in to download your data.");
  if (user.role !== "candidate") return plain(403, "These downloads are for candidates' own data.");
  const file = await build(user, new Date());
  // A session whose account has just been erased.
  if (!file) return plain(404, "There is no account to download data from.");
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      // Our file names are [a-z0-9.-] only, so the quoted name needs no escaping.
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": noStore,
      "X-Content-Type-Options": "nosniff",
    },
  });
}

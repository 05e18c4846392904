import "server-only";
import { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/dal";
import type { IcsFile } from "@/lib/journey/calendar-events";

// The download routes' gate: signed in (401), a candidate (403), a well-formed id of theirs (404).

type BuildIcs = (caller: CurrentUser, id: string, now: Date) => Promise<IcsFile | null>;

const plain = (status: number, message: string) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });

export async function ownIcsDownload(id: string, build: BuildIcs): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return plain(401, "Sign in to download this calendar file.");
  if (user.role !== "candidate") return plain(403, "Calendar files are for candidates' own interviews.");
  const file = z.uuid().safeParse(id).success ? await build(user, id, new Date()) : null;
  if (!file) return plain(404, "There is no such calendar file.");
  return new Response(file.content, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      // icsFileName gives [a-z0-9-] only, so the quoted name needs no escaping.
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

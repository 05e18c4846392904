import { z } from "zod";
import { getMailboxAttachment, isMailboxEnabled } from "@/lib/email/mailbox";

const paramsSchema = z.object({ id: z.uuid(), index: z.coerce.number().int().min(0).max(20) });

/** An attachment of a message in the local mailbox (the interview-tomorrow .ics, say). Off wherever the mailbox is. */
export async function GET(_request: Request, { params }: RouteContext<"/dev/mailbox/[id]/attachments/[index]">) {
  const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  if (!isMailboxEnabled()) return notFound();
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return notFound();
  const file = await getMailboxAttachment(parsed.data.id, parsed.data.index);
  if (!file) return notFound();
  return new Response(new Uint8Array(file.content), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename.replaceAll(/[^\w.\- ]/g, "_")}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

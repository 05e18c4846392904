import type { ReactElement } from "react";
import { render } from "@react-email/render";

export type RenderedEmail = { html: string; text: string };

/** Every email goes out as HTML and plain text, rendered from one template. */
export async function renderEmail(element: ReactElement): Promise<RenderedEmail> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text };
}

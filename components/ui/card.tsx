import type { ReactNode } from "react";

export type CardTone = "plain" | "muted" | "brand";

const toneClass: Record<CardTone, string> = {
  plain: "border border-line bg-white",
  muted: "border border-line bg-surface",
  brand: "bg-brand-soft",
};

type CardProps = {
  as?: "section" | "article" | "aside" | "div" | "li";
  tone?: CardTone;
  className?: string;
  id?: string;
  children: ReactNode;
} & { [aria: `aria-${string}`]: string | undefined };

/** A panel set apart from the page: one thing (an application, a step, a form, an invitation). */
export function Card({ as: Element = "div", tone = "plain", className, children, ...rest }: CardProps) {
  return (
    <Element className={["rounded-lg p-4 sm:p-5", toneClass[tone], className].filter(Boolean).join(" ")} {...rest}>
      {children}
    </Element>
  );
}

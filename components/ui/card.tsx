import type { ReactNode } from "react";

type CardProps = {
  as?: "section" | "article" | "div" | "li";
  className?: string;
  children: ReactNode;
} & Record<`aria-${string}`, string | undefined> & { id?: string };

/** A bordered panel: one thing (an application, a step, a form) set apart from the page. */
export function Card({ as: Element = "div", className, children, ...rest }: CardProps) {
  return (
    <Element className={["rounded-lg border border-line bg-white p-4 sm:p-5", className].filter(Boolean).join(" ")} {...rest}>
      {children}
    </Element>
  );
}

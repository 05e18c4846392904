import { IntentLink } from "@/components/intent-link";
import type { ButtonHTMLAttributes, ComponentProps } from "react";

// The one look for everything a person presses: pages choose a variant, never colours.

export type ButtonVariant = "primary" | "secondary" | "danger" | "quiet";
export type ButtonSize = "md" | "sm";

const variantClass: Record<ButtonVariant, string> = {
  primary: "button-primary",
  secondary: "button-secondary",
  danger: "button-danger",
  quiet: "button-quiet",
};

export function buttonClass(variant: ButtonVariant = "primary", size: ButtonSize = "md", extra?: string): string {
  return ["button", variantClass[variant], size === "sm" ? "button-sm" : null, extra].filter(Boolean).join(" ");
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize };

export function Button({ variant, size, className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonClass(variant, size, className)} {...props} />;
}

type LinkButtonProps = ComponentProps<typeof IntentLink> & { variant?: ButtonVariant; size?: ButtonSize };

/** A link that looks like a button: it goes somewhere, it does not change anything. */
export function LinkButton({ variant, size, className, ...props }: LinkButtonProps) {
  return <IntentLink className={buttonClass(variant, size, className)} {...props} />;
}

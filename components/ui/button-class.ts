// The one look for everything a person presses: pages choose a variant, never colours. Apart from
// button.tsx so the article tools' islands can use it without the link components.

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

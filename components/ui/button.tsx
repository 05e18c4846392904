import { IntentLink } from "@/components/intent-link";
import type { ButtonHTMLAttributes, ComponentProps } from "react";
import { buttonClass, type ButtonSize, type ButtonVariant } from "./button-class";

export { buttonClass, type ButtonSize, type ButtonVariant };

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize };

export function Button({ variant, size, className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonClass(variant, size, className)} {...props} />;
}

type LinkButtonProps = ComponentProps<typeof IntentLink> & { variant?: ButtonVariant; size?: ButtonSize };

/** A link that looks like a button: it goes somewhere, it does not change anything. */
export function LinkButton({ variant, size, className, ...props }: LinkButtonProps) {
  return <IntentLink className={buttonClass(variant, size, className)} {...props} />;
}

/**
 * Makes a details element behave as a menu: Escape closes it (focus back on its summary) and a
 * click outside closes it. Returns the function that undoes this. Shared by the React hook and by
 * the static pages' islands script, which enhances menus without React.
 */
export function dismissOnEscapeOrOutside(details: HTMLDetailsElement): () => void {
  const close = (returnFocus: boolean) => {
    if (!details.open) return;
    details.open = false;
    if (returnFocus) details.querySelector("summary")?.focus();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape" && details.contains(document.activeElement)) close(true);
  };
  const onPointer = (event: PointerEvent) => {
    if (!details.contains(event.target as Node)) close(false);
  };
  document.addEventListener("keydown", onKey);
  document.addEventListener("pointerdown", onPointer);
  return () => {
    document.removeEventListener("keydown", onKey);
    document.removeEventListener("pointerdown", onPointer);
  };
}

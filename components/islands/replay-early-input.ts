// An island hydrates when the reader nears it, so a quick reader can type into its fields before
// React owns them. React keeps what they typed on screen but not in its state: a later submit would
// say the fields are empty. This notes each field the reader changed before hydration and, once
// React has hydrated, hands each change to React as the browser's own input or click would.

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
type EarlyChange = { field: Field; value: string; checked: boolean };

/** A checkbox or radio: its change is `checked`, made by a click. */
function isToggle(field: Field): field is HTMLInputElement {
  return field instanceof HTMLInputElement && (field.type === "checkbox" || field.type === "radio");
}

function changedByReader(field: Field): boolean {
  if (field instanceof HTMLSelectElement) return [...field.options].some((option) => option.selected !== option.defaultSelected);
  if (isToggle(field)) return field.checked !== field.defaultChecked;
  return field.value !== field.defaultValue;
}

export function noteEarlyChanges(root: HTMLElement): EarlyChange[] {
  return [...root.querySelectorAll<Field>("input, textarea, select")].filter(changedByReader).map((field) => ({
    field,
    value: field.value,
    checked: isToggle(field) && field.checked,
  }));
}

/** Setting through the prototype's setter leaves React's own record of the value behind, so the
 *  event that follows reads as a change. */
function setNativeValue(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, "value")?.set?.call(field, value);
}

/** Run from the hydrated island's first effect, before React renders again: a controlled field
 *  rendered again with React's empty state would lose what is on screen. The changes land in one
 *  batch, so an island's handlers must update state with updaters, not the values they rendered. */
export function replayEarlyChanges(changes: readonly EarlyChange[]): void {
  for (const { field, value, checked } of changes) {
    // Gone, or changed since by something else: the reader's change is not what is on screen.
    const onScreen = isToggle(field) ? field.checked === checked : field.value === value;
    if (!field.isConnected || !onScreen) continue;
    if (field instanceof HTMLSelectElement) {
      field.value = value;
      field.dispatchEvent(new Event("change", { bubbles: true }));
    } else if (isToggle(field)) {
      // Back to the other state as React knows it, then the reader's click.
      field.checked = !checked;
      field.click();
    } else {
      field.value = "";
      setNativeValue(field, value);
      field.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }
}

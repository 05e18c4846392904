// A form whose fields are fixed: each at most once, as text, and nothing else. Two parsers reading
// one body differently (the first of a repeated field here, the last in Auth.js) is how a limit
// ends up counting one address while mail goes to another, so such a body is refused, not read.

export function strictFormFields<Field extends string>(
  entries: Iterable<[string, FormDataEntryValue]>,
  allowed: readonly Field[],
  ignored: (name: string) => boolean = () => false,
): Partial<Record<Field, string>> | null {
  const fields: Partial<Record<Field, string>> = {};
  for (const [name, value] of entries) {
    if (ignored(name)) continue;
    if (!(allowed as readonly string[]).includes(name) || Object.hasOwn(fields, name) || typeof value !== "string") return null;
    fields[name as Field] = value;
  }
  return fields;
}

// Hostile forms, as edits to a server action's valid form (its row in
// test/authorization/action-matrix.ts): a field replaced, its valid value
// twisted (a NUL added, 20,000 characters long), dropped, sent twice or as a
// file, fields the form never had, rows of interviewers or questions past
// the form's limits, and the id the page binds swapped. A value is either text
// or a reference to one of the world's ids, resolved when the edit is
// applied, so "another person's record" survives the world being rebuilt.
import fc from "fast-check";
import { hostileString, shown } from "./hostile-values";

export type EditValue = { text: string } | { ref: number };

export type FormEdit =
  | { op: "set"; field: number; value: EditValue }
  | { op: "twist"; field: number; twist: Twist }
  | { op: "delete"; field: number }
  | { op: "duplicate"; field: number; value: EditValue }
  | { op: "file"; field: number }
  | { op: "extra"; name: string; value: EditValue }
  | { op: "rows"; prefix: "interviewers" | "questions"; from: number; count: number; sub: number; value: EditValue }
  | { op: "bound"; value: EditValue };

/** A valid value made hostile, so it gets past the checks that any random text fails. */
const twists = {
  nul: (value: string) => `${value}\u0000`,
  nulInside: (value: string) => `${value.slice(0, 1)}\u0000${value.slice(1)}`,
  control: (value: string) => `${value}\u0007\u001B[2J`,
  padded: (value: string) => `  \t${value}\n `,
  upper: (value: string) => value.toUpperCase(),
  huge: (value: string) => `${value} `.repeat(Math.ceil(20_000 / (value.length + 1))),
  justOver: (value: string) => value.padEnd(5_001, "x"),
  rtl: (value: string) => `\u202E${value}`,
  zeroWidth: (value: string) => `\u200B${value}\u200B`,
  decomposed: (value: string) => `${value}e\u0301`,
  loneSurrogate: (value: string) => `${value}\uD800`,
  negative: (value: string) => `-${value}`,
};
export type Twist = keyof typeof twists;


const editValue: fc.Arbitrary<EditValue> = fc.oneof(
  { weight: 5, arbitrary: hostileString.map((text) => ({ text, [fc.toStringMethod]: () => `{text:${shown(text)}}` })) },
  { weight: 2, arbitrary: fc.nat().map((ref) => ({ ref })) },
);

const extraName = fc.oneof(
  fc.constantFrom(
    "$ACTION_ID_0123456789abcdef",
    "$ACTION_REF_1",
    "__proto__",
    "constructor",
    "id",
    "userId",
    "candidateId",
    "role",
    "stage",
    "sharedWithAgency",
    "confirm",
    "callbackUrl",
    "back",
    "interviewers.0.id",
    "interviewers.-1.name",
    "interviewers.1000.name",
    "interviewers.00.email",
    "questions.0.question",
    "questions.99999.question",
    "questions.1.howItWent",
  ),
  fc.string({ maxLength: 20 }),
);

const field = fc.nat();

export const formEdit: fc.Arbitrary<FormEdit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant("set" as const), field, value: editValue }) },
  { weight: 5, arbitrary: fc.record({ op: fc.constant("twist" as const), field, twist: fc.constantFrom(...(Object.keys(twists) as Twist[])) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("delete" as const), field }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("duplicate" as const), field, value: editValue }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("file" as const), field }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("extra" as const), name: extraName, value: editValue }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("rows" as const),
      prefix: fc.constantFrom("interviewers" as const, "questions" as const),
      from: fc.constantFrom(0, 1, 9, 999, 1000, 123_456),
      count: fc.integer({ min: 1, max: 40 }),
      sub: fc.nat(),
      value: editValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("bound" as const), value: editValue }) },
);

export const formEdits = fc.array(formEdit, { minLength: 1, maxLength: 4 });

const rowFields = { interviewers: ["name", "title", "email", "id"], questions: ["question", "howItWent", "notes"] } as const;
const rowDefaults = (prefix: "interviewers" | "questions", i: number): Record<string, string> =>
  prefix === "interviewers"
    ? { name: `Panel member ${i}`, title: "", email: `panel${i}@client.test`, id: "" }
    : { question: `Question ${i}?`, howItWent: "3", notes: "" };

type Entry = [string, string | File];

/** The action's arguments with the edits applied to its form (and to its bound id, if it has one). */
export function applyEdits(args: unknown[], edits: FormEdit[], ids: string[]): unknown[] {
  const resolve = (value: EditValue) => ("text" in value ? value.text : (ids[value.ref % ids.length] ?? ""));
  const formIndex = args.findIndex((arg) => arg instanceof FormData);
  const result = [...args];
  if (formIndex < 0) return result;
  const base = args[formIndex] as FormData;
  const fieldNames = [...new Set(base.keys())];
  let entries: Entry[] = [...base.entries()].map(([key, value]) => [key, value]);
  const nameOf = (index: number) => fieldNames[index % Math.max(fieldNames.length, 1)];

  for (const edit of edits) {
    switch (edit.op) {
      case "set": {
        const name = nameOf(edit.field);
        if (name === undefined) break;
        entries = [...entries.filter(([key]) => key !== name), [name, resolve(edit.value)]];
        break;
      }
      case "twist": {
        const name = nameOf(edit.field);
        const current = entries.find(([key, value]) => key === name && typeof value === "string");
        if (name === undefined || !current) break;
        entries = [...entries.filter(([key]) => key !== name), [name, twists[edit.twist](current[1] as string)]];
        break;
      }
      case "delete":
        entries = entries.filter(([key]) => key !== nameOf(edit.field));
        break;
      case "duplicate": {
        const name = nameOf(edit.field);
        if (name !== undefined) entries.push([name, resolve(edit.value)]);
        break;
      }
      case "file": {
        const name = nameOf(edit.field);
        if (name === undefined) break;
        entries = [...entries.filter(([key]) => key !== name), [name, new File(["%PDF-1.4 not a form value"], "cv.pdf", { type: "application/pdf" })]];
        break;
      }
      case "extra":
        entries.push([edit.name, resolve(edit.value)]);
        break;
      case "rows": {
        const subs = rowFields[edit.prefix];
        for (let i = 0; i < edit.count; i++) {
          const row = rowDefaults(edit.prefix, i);
          // The hostile value goes into one field of the last row.
          if (i === edit.count - 1) row[subs[edit.sub % subs.length]!] = resolve(edit.value);
          for (const [sub, value] of Object.entries(row)) entries.push([`${edit.prefix}.${edit.from + i}.${sub}`, value]);
        }
        break;
      }
      case "bound":
        if (formIndex > 0 && typeof result[0] === "string") result[0] = resolve(edit.value);
        break;
    }
  }
  const form = new FormData();
  for (const [key, value] of entries) form.append(key, value);
  result[formIndex] = form;
  return result;
}

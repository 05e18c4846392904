import { FieldNotes, describedBy } from "@/components/forms/text-field";
import { scoreScales, type ScoreField } from "@/lib/journey/reflection-schema";

type Props = { name: ScoreField; value?: string; error?: string };

const SCORES = ["1", "2", "3", "4", "5"] as const;

/** A 1 to 5 scale as radios; the legend says what the two ends mean, so each radio needs only its number. */
export function ScoreFieldset({ name, value, error }: Props) {
  const scale = scoreScales[name];
  const id = `${name}-group`;
  return (
    <fieldset className="mt-6" aria-describedby={describedBy(id, undefined, error)}>
      <legend className="font-semibold">
        {scale.legend}
        <span className="block text-sm font-normal text-muted">
          1 means {scale.low}, 5 means {scale.high}
        </span>
      </legend>
      <FieldNotes id={id} error={error} />
      <div className="mt-2 flex flex-wrap gap-3">
        {SCORES.map((score) => (
          <label
            key={score}
            htmlFor={`${name}-${score}`}
            className="flex cursor-pointer items-center gap-2 rounded border border-line bg-white px-3 py-2 has-checked:border-brand has-checked:bg-brand-soft"
          >
            <input
              type="radio"
              id={`${name}-${score}`}
              name={name}
              value={score}
              defaultChecked={value === score}
              className="size-4 accent-brand"
            />
            {score}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

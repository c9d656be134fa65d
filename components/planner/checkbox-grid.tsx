export type CheckboxGridProps = {
  legend: string;
  /** A line under the legend, said with it. */
  hint?: string;
  name: string;
  options: readonly { value: string; label: string }[];
  selected: readonly string[];
};

/**
 * A long list of checkboxes in columns where there is room, one column on a phone. Each label
 * wraps its box (no ids, no list markup): the markup and React's copy of it are paid per box.
 */
export function CheckboxGrid({ legend, hint, name, options, selected }: CheckboxGridProps) {
  const hintId = hint ? `plan-${name}-hint` : undefined;
  return (
    <fieldset className="min-w-0" aria-describedby={hintId}>
      <legend className="text-sm font-semibold text-slate-900">{legend}</legend>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <div className="mt-1 grid grid-cols-1 gap-x-3 min-[420px]:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="choice-row min-h-11">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={selected.includes(option.value)}
              className="choice-input"
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export type CheckboxGridProps = {
  legend: string;
  name: string;
  options: readonly { value: string; label: string }[];
  selected: readonly string[];
};

/** A long list of checkboxes in columns where there is room, one column on a phone. */
export function CheckboxGrid({ legend, name, options, selected }: CheckboxGridProps) {
  return (
    <fieldset className="min-w-0">
      <legend className="text-sm font-semibold text-slate-900">{legend}</legend>
      <ul className="mt-1 grid grid-cols-1 gap-x-3 min-[420px]:grid-cols-2">
        {options.map((option) => {
          const id = `plan-${name}-${option.value}`;
          return (
            <li key={option.value}>
              <label htmlFor={id} className="choice-row min-h-11">
                <input
                  id={id}
                  type="checkbox"
                  name={name}
                  value={option.value}
                  defaultChecked={selected.includes(option.value)}
                  className="choice-input"
                />
                {option.label}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

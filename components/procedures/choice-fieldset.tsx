import { CountBadge } from '@/components/ui/count-badge';

export type ChoiceOption = { value: string; label: string; hint?: string; count?: number };

export type ChoiceFieldsetProps = {
  legend: string;
  name: string;
  type: 'radio' | 'checkbox';
  options: ChoiceOption[];
  selected: readonly string[];
  description?: string;
};

/**
 * A labelled group of radios or checkboxes, each with the number of procedures it would leave.
 * Uncontrolled (defaultChecked) so the form works as a plain GET form without JavaScript.
 */
export function ChoiceFieldset({ legend, name, type, options, selected, description }: ChoiceFieldsetProps) {
  const descriptionId = description ? `${name}-description` : undefined;
  return (
    <fieldset className="min-w-0" aria-describedby={descriptionId}>
      <legend className="text-sm font-semibold text-slate-900">{legend}</legend>
      {description ? (
        <p id={descriptionId} className="mt-0.5 text-xs text-slate-700">
          {description}
        </p>
      ) : null}
      <ul className="mt-2 space-y-0.5">
        {options.map((option) => {
          const id = `${name}-${option.value || 'any'}`;
          return (
            <li key={id}>
              <label htmlFor={id} className="choice-row py-1.5">
                <input
                  id={id}
                  type={type}
                  name={name}
                  value={option.value}
                  defaultChecked={selected.includes(option.value)}
                  className="choice-input"
                />
                <span className="min-w-0">
                  {option.label}
                  {option.hint ? <span className="block text-xs text-slate-700">{option.hint}</span> : null}
                </span>
                {option.count !== undefined ? <CountBadge count={option.count} /> : null}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

'use client';

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
 * Uncontrolled (defaultChecked) so the form works as a plain GET form without JavaScript. Each
 * option is one label around its input (no ids, no list markup): the panel holds over a hundred.
 * A client component with no state for its payload: React sends the options (a few words each),
 * not the element tree a server component's output would add to the HTML.
 */
export function ChoiceFieldset({ legend, name, type, options, selected, description }: ChoiceFieldsetProps) {
  const descriptionId = description ? `${name}-description` : undefined;
  return (
    <fieldset className="choice-set" aria-describedby={descriptionId}>
      <legend>{legend}</legend>
      {description ? <p id={descriptionId}>{description}</p> : null}
      {options.map((option) => (
        <label key={option.value || 'any'} className="choice-row">
          <input type={type} name={name} value={option.value} defaultChecked={selected.includes(option.value)} className="choice-input" />
          {option.hint ? (
            <span>
              {option.label}
              <small>{option.hint}</small>
            </span>
          ) : (
            option.label
          )}
          {option.count !== undefined ? <CountBadge count={option.count} /> : null}
        </label>
      ))}
    </fieldset>
  );
}

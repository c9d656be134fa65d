import { focusRing } from '@/components/ui/styles';
import type { FilterDef } from '@/lib/procedures/list/filter-kinds';
import { getFilterOptions, type FilterCounts } from '@/lib/procedures/list/filter-options';
import type { ListParams } from '@/lib/procedures/list/search-params';
import { ChoiceFieldset } from './choice-fieldset';

export const filterInputClass = `mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 ${focusRing}`;

export type FilterControlProps = { filter: FilterDef; params: ListParams; counts: FilterCounts };

/** One filter's input in the panel, as its registry record describes it. */
export function FilterControl({ filter, params, counts }: FilterControlProps) {
  const { key, panel, value: spec } = filter;
  const current = (params as Readonly<Record<string, unknown>>)[key];
  if (panel.control === 'choices') {
    const list = spec.kind === 'anyOf';
    return (
      <ChoiceFieldset
        legend={panel.legend}
        description={panel.description}
        name={key}
        type={list ? 'checkbox' : 'radio'}
        options={getFilterOptions(filter, current, counts)}
        selected={list ? (current as string[]) : [current === undefined ? '' : String(current)]}
      />
    );
  }
  const descriptionId = panel.description ? `${panel.id}-description` : undefined;
  return (
    <div>
      <label htmlFor={panel.id} className="text-sm font-semibold text-slate-900">
        {panel.label}
      </label>
      {panel.description ? (
        <p id={descriptionId} className="text-xs text-slate-700">
          {panel.description}
        </p>
      ) : null}
      <input
        id={panel.id}
        type={panel.control}
        name={key}
        defaultValue={current === undefined ? '' : String(current)}
        maxLength={spec.kind === 'text' ? spec.maxLength : undefined}
        inputMode={panel.control === 'number' ? 'numeric' : undefined}
        min={spec.kind === 'wholeNumber' ? (spec.min ?? 0) : undefined}
        step={spec.kind === 'wholeNumber' ? 1 : undefined}
        aria-describedby={descriptionId}
        className={filterInputClass}
      />
    </div>
  );
}

import { filterInputClass } from '@/components/procedures/filter-control';
import { secondaryButton } from '@/components/ui/styles';
import type { CompareItem } from '@/lib/compare/types';
import { MAX_COMPARE } from '@/lib/compare/url';

export type AddProcedureFormProps = { chosen: readonly CompareItem[]; all: readonly CompareItem[] };

/**
 * "Add a procedure" to this comparison: a plain GET form (the chosen ids, plus the one picked),
 * so a comparison can be built without JavaScript or the compare tray. Hidden once it is full.
 */
export function AddProcedureForm({ chosen, all }: AddProcedureFormProps) {
  if (chosen.length >= MAX_COMPARE) return null;
  const taken = new Set(chosen.map((item) => item.slug));
  return (
    <form
      action="/compare"
      method="get"
      className="no-print flex flex-wrap items-end gap-2"
      aria-label="Add a procedure to this comparison"
    >
      {chosen.length > 0 ? <input type="hidden" name="ids" value={chosen.map((item) => item.slug).join(',')} /> : null}
      <div className="min-w-0 flex-1 sm:flex-none">
        <label htmlFor="compare-add" className="text-sm font-semibold text-slate-900">
          Add a procedure
        </label>
        <select id="compare-add" name="ids" required defaultValue="" className={filterInputClass}>
          <option value="" disabled>
            Choose one
          </option>
          {all
            .filter((item) => !taken.has(item.slug))
            .map((item) => (
              <option key={item.slug} value={item.slug}>
                {item.name}
              </option>
            ))}
        </select>
      </div>
      <button type="submit" className={secondaryButton}>
        Add
      </button>
    </form>
  );
}

/** How to read the marks, stated once so "Best" is never read as medical advice. */
export function CompareLegend() {
  return (
    <ul className="flex flex-col gap-1 text-sm text-slate-700 sm:flex-row sm:flex-wrap sm:gap-x-6">
      <li>
        <span className="mr-1 inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-950">Differs</span>
        the procedures’ values are not the same
      </li>
      <li>
        <span className="mr-1 inline-block rounded-full bg-emerald-700 px-2 py-0.5 text-xs font-semibold text-white print:border print:border-emerald-800 print:bg-white print:text-emerald-900">
          <span aria-hidden="true">★ </span>Best
        </span>
        by the rule under the row name; ties are all marked and “Not reported” is never ranked. Best on one row is not best for you.
      </li>
    </ul>
  );
}

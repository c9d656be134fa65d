export type CountBadgeProps = { count: number; noun?: string };

/** A facet count: shown as a number, read out as "12 procedures". */
export function CountBadge({ count, noun = 'procedures' }: CountBadgeProps) {
  return (
    <span className="ml-auto shrink-0 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium tabular-nums text-slate-700">
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">
        ({count} {count === 1 ? noun.replace(/s$/, '') : noun})
      </span>
    </span>
  );
}

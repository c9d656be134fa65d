export type CountBadgeProps = { count: number; noun?: string };

/** A facet count: shown as a number, read out as "12 procedures". */
export function CountBadge({ count, noun = 'procedures' }: CountBadgeProps) {
  return (
    <span className="count-badge">
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">
        ({count} {count === 1 ? noun.replace(/s$/, '') : noun})
      </span>
    </span>
  );
}

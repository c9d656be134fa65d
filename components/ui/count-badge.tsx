export type CountBadgeProps = { count: number; noun?: string };

/**
 * A facet count: shown as a number (CSS draws data-facet-count, hidden from screen readers), read out
 * as "(12 procedures)", its own text at zero size (app/globals.css). One element: it is on every
 * option of the filter panel.
 */
export function CountBadge({ count, noun = 'procedures' }: CountBadgeProps) {
  return (
    <span className="count-badge" data-facet-count={count}>
      {`(${count} ${count === 1 ? noun.replace(/s$/, '') : noun})`}
    </span>
  );
}

import Link from 'next/link';
import type { MapLayout } from '@/lib/map/layout';
import { QUADRANTS, QUADRANT_RULE, groupByQuadrant } from '@/lib/map/quadrants';
import { formatResults } from '@/lib/procedures/figures/card-format';
import { capitalize, describeTimeOff } from '@/lib/procedures/labels';

/**
 * The trade-off map below `sm`, as four labelled boxes (quick or long recovery × short or
 * long-lasting) holding the same numbered options as the map and its table. Styles: .map-grid.
 */
export function TradeoffGrid({ layout, id }: { layout: MapLayout; id: string }) {
  const groups = groupByQuadrant(layout.plotted);
  return (
    <section aria-labelledby={`${id}-grid-title`} className="map-grid">
      <h3 id={`${id}-grid-title`}>The trade-off, in four boxes</h3>
      <p>{QUADRANT_RULE}</p>
      <div>
        {QUADRANTS.map((quadrant) => (
          <section key={quadrant.id} aria-labelledby={`${id}-${quadrant.id}`} data-quadrant={quadrant.id}>
            <h4 id={`${id}-${quadrant.id}`}>{quadrant.title}</h4>
            {groups[quadrant.id].length === 0 ? (
              <p>None here.</p>
            ) : (
              <ul>
                {groups[quadrant.id].map((option) => (
                  <li key={option.slug}>
                    <Link href={`/procedures/${option.slug}`}>{`${option.number}. ${option.name}`}</Link>
                    <small>{`${capitalize(describeTimeOff(option.downtime) ?? '')} · lasts ${formatResults(option.results).toLowerCase()}`}</small>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}

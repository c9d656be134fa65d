import type { LadderItem } from '@/lib/concerns/ladder';
import { layoutMap } from '@/lib/map/layout';
import { MapTable, UnplottedList } from './map-table';
import { TradeoffGrid } from './tradeoff-grid';
import { TradeoffMap } from './tradeoff-map';

export type TradeoffSectionProps = { items: LadderItem[]; id: string; title: string; tableCaption: string };

/** The map (four labelled boxes on a phone), what it leaves out, and the same data as a table right below it. */
export function TradeoffSection({ items, id, title, tableCaption }: TradeoffSectionProps) {
  const layout = layoutMap(items.map((item) => item.procedure));
  return (
    <div className="space-y-6">
      <div className="space-y-4">
        <div className="max-sm:hidden">
          <TradeoffMap layout={layout} title={title} id={id} />
        </div>
        <div className="sm:hidden">
          <TradeoffGrid layout={layout} id={id} />
        </div>
        <UnplottedList layout={layout} />
      </div>
      <MapTable items={items} layout={layout} caption={tableCaption} />
    </div>
  );
}

import { formatResults } from '@/lib/procedures/figures/card-format';
import { INVASIVENESS, type Invasiveness } from '@/lib/procedures/constants';
import { INVASIVENESS_LABELS, formatDayRange } from '@/lib/procedures/labels';
import type { MapLayout, PlottedOption } from '@/lib/map/layout';
import { MARK_SIZE, type PlacedText } from '@/lib/map/pack';
import { Mark, MarkIcon } from './mark';

export type TradeoffMapProps = {
  layout: MapLayout;
  title: string;
  /** Unique on the page: names the chart for assistive tech. */ id: string;
};

const INK = '#0f172a';
const AXIS = '#334155';
const GRID = '#e2e8f0';

export function describePlotted(option: Pick<PlottedOption, 'number' | 'name' | 'invasiveness' | 'downtime' | 'results'>): string {
  const downtime = formatDayRange(option.downtime).toLowerCase();
  return `${option.number}. ${option.name} (${INVASIVENESS_LABELS[option.invasiveness].toLowerCase()}): downtime ${downtime}, results last ${formatResults(option.results).toLowerCase()}`;
}

/** One line placed by the layout (lib/map/pack.ts), so the tests check what is drawn. */
function Label({ text, weight, fill = AXIS }: { text: PlacedText; weight?: number; fill?: string }) {
  return (
    <text x={text.x} y={text.y} textAnchor={text.anchor} fontSize={text.size} fontWeight={weight} fill={fill}>
      {text.text}
    </text>
  );
}

function Option({ option }: { option: PlottedOption }) {
  if (!option.mark) return null;
  const label = describePlotted(option);
  return (
    <a href={`/procedures/${option.slug}`} aria-label={label} className="map-option" data-slug={option.slug}>
      <title>{label}</title>
      <Mark invasiveness={option.invasiveness} x={option.mark.x} y={option.mark.y} size={MARK_SIZE} />
      <Label text={option.mark.label} weight={700} fill={INK} />
    </a>
  );
}

/**
 * The trade-off map as server-rendered SVG, drawn at its own size (1 unit = 1 px, so its text is
 * never shrunk) and scrolled sideways where the page is narrower. Each option is a link to its
 * page, reachable by Tab, named by its figures; the native tooltip (<title>) is the hover detail.
 */
export function TradeoffMap({ layout, title, id }: TradeoffMapProps) {
  const titleId = `${id}-title`;
  const { plot } = layout;
  const top = layout.yBands[layout.yBands.length - 1]!;
  return (
    <figure className="space-y-3" aria-labelledby={titleId}>
      <figcaption id={titleId} className="font-semibold text-slate-900">
        {title}
      </figcaption>
      <div className="w-fit max-w-full overflow-x-auto rounded-lg border border-slate-200">
        <svg
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-labelledby={titleId}
          className="tradeoff-map print-exact block max-w-none bg-white"
        >
          <rect x={plot.left} y={top.end} width={plot.right - plot.left} height={top.start - top.end} fill="#f1f5f9" />
          {layout.yBands.slice(1).map((band) => (
            <line key={band.label} x1={plot.left} x2={plot.right} y1={band.start} y2={band.start} stroke={GRID} />
          ))}
          {layout.xBands.slice(1).map((band) => (
            <line key={band.label} x1={band.start} x2={band.start} y1={plot.top} y2={plot.bottom} stroke={GRID} />
          ))}
          <path d={`M${plot.left} ${plot.top}V${plot.bottom}H${plot.right}`} fill="none" stroke={AXIS} />
          {[...layout.xBands, ...layout.yBands].flatMap((band) =>
            band.lines.map((line) => <Label key={`${band.label}-${line.text}`} text={line} />),
          )}
          <Label text={layout.titles.x} fill={INK} />
          <Label text={layout.titles.y} fill={INK} />
          {layout.plotted.map((option) => (
            <Option key={option.slug} option={option} />
          ))}
          {layout.more.map((note) => (
            <g key={`${note.column},${note.row}`}>
              <title>{`Also here, listed in the table: ${note.numbers.join(', ')}`}</title>
              <Label text={note.text} />
            </g>
          ))}
        </svg>
      </div>
      <MapLegend present={new Set(layout.plotted.map((option) => option.invasiveness))} />
    </figure>
  );
}

function MapLegend({ present }: { present: ReadonlySet<Invasiveness> }) {
  return (
    <div className="max-w-3xl space-y-2 text-sm text-slate-800">
      <ul className="flex flex-wrap gap-x-5 gap-y-1" aria-label="Legend">
        {INVASIVENESS.filter((level) => present.has(level)).map((level) => (
          <li key={level} className="inline-flex items-center gap-1.5">
            <MarkIcon invasiveness={level} />
            {INVASIVENESS_LABELS[level]}
          </li>
        ))}
      </ul>
      <p>
        Each option sits in the column of the longest downtime its sources give and the row of the longest its results last; the table below
        gives the full ranges. The columns stop at the longest downtime any option here needs. Its number matches the table; its shape and
        colour show invasiveness. Results a source calls permanent are in the long-lasting row at the top. Select an option to open its
        page.
      </p>
    </div>
  );
}

import { formatResults } from '@/lib/procedures/figures/card-format';
import { INVASIVENESS, type Invasiveness } from '@/lib/procedures/constants';
import { INVASIVENESS_LABELS, formatDayRange } from '@/lib/procedures/labels';
import type { MapLayout, PlottedOption } from '@/lib/map/layout';
import { MARK_COLOURS, Mark, MarkIcon } from './mark';

export type TradeoffMapProps = {
  layout: MapLayout;
  title: string;
  /** Unique on the page: names the chart for assistive tech. */ id: string;
};

/** Bars thinner than this are widened around their centre, so a single figure stays visible. */
const MIN_THICKNESS = 6;

function thick(low: number, high: number): { start: number; size: number } {
  const start = Math.min(low, high);
  const size = Math.abs(high - low);
  return size >= MIN_THICKNESS ? { start, size } : { start: start + size / 2 - MIN_THICKNESS / 2, size: MIN_THICKNESS };
}

export function describePlotted(option: Pick<PlottedOption, 'number' | 'name' | 'invasiveness' | 'downtime' | 'results'>): string {
  const downtime = formatDayRange(option.downtime).toLowerCase();
  return `${option.number}. ${option.name} (${INVASIVENESS_LABELS[option.invasiveness].toLowerCase()}): downtime ${downtime}, results last ${formatResults(option.results).toLowerCase()}`;
}

function Option({ option }: { option: PlottedOption }) {
  const x = thick(option.x.low, option.x.high);
  const y = thick(option.y.high, option.y.low);
  const colour = MARK_COLOURS[option.invasiveness];
  const label = describePlotted(option);
  return (
    <a href={`/procedures/${option.slug}`} aria-label={label} className="map-option" data-slug={option.slug}>
      <title>{label}</title>
      <rect
        x={x.start}
        y={y.start}
        width={x.size}
        height={y.size}
        rx={2}
        fill={colour}
        fillOpacity={0.16}
        stroke={colour}
        strokeWidth={1.5}
      />
      <Mark invasiveness={option.invasiveness} x={option.mark.x} y={option.mark.y} />
      {option.mark.label ? (
        <text x={option.mark.x - 6} y={option.mark.y - 10} fontSize={12} fontWeight={600} fill="#0f172a">
          {option.mark.label}
        </text>
      ) : null}
    </a>
  );
}

/**
 * The trade-off map as server-rendered SVG: each option a link to its page, reachable by Tab, named
 * by its figures; the native tooltip (<title>) is the hover detail, no JavaScript involved.
 */
export function TradeoffMap({ layout, title, id }: TradeoffMapProps) {
  const titleId = `${id}-title`;
  const { frame, plot } = layout;
  const axis = '#334155';
  return (
    <figure className="space-y-3" aria-labelledby={titleId}>
      <figcaption id={titleId} className="font-semibold text-slate-900">
        {title}
      </figcaption>
      <svg
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        role="group"
        aria-labelledby={titleId}
        className="tradeoff-map print-exact block h-auto w-full max-w-3xl rounded-lg border border-slate-200 bg-white"
      >
        <rect x={plot.left} y={plot.bandTop} width={plot.right - plot.left} height={plot.bandBottom - plot.bandTop} fill="#f1f5f9" />
        <text x={plot.left - 8} y={(plot.bandTop + plot.bandBottom) / 2 + 4} textAnchor="end" fontSize={11} fill={axis}>
          Long-lasting
        </text>
        {layout.yTicks.map((tick) => (
          <g key={`y${tick.value}`}>
            <line x1={plot.left} x2={plot.right} y1={tick.position} y2={tick.position} stroke="#e2e8f0" />
            <text x={plot.left - 8} y={tick.position + 4} textAnchor="end" fontSize={11} fill={axis}>
              {tick.label}
            </text>
          </g>
        ))}
        {layout.xTicks.map((tick) => (
          <g key={`x${tick.value}`}>
            <line x1={tick.position} x2={tick.position} y1={plot.numericTop} y2={plot.bottom} stroke="#e2e8f0" />
            <text x={tick.position} y={plot.bottom + 16} textAnchor="middle" fontSize={11} fill={axis}>
              {tick.label}
            </text>
          </g>
        ))}
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={axis} />
        <line x1={plot.left} x2={plot.left} y1={plot.numericTop} y2={plot.bottom} stroke={axis} />
        <text x={(plot.left + plot.right) / 2} y={frame.height - 10} textAnchor="middle" fontSize={12} fill="#0f172a">
          Downtime, back to work (square-root scale) →
        </text>
        <text
          transform={`translate(16 ${(plot.numericTop + plot.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
          fontSize={12}
          fill="#0f172a"
        >
          Results last (square-root scale) →
        </text>
        {layout.plotted.map((option) => (
          <Option key={option.slug} option={option} />
        ))}
      </svg>
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
        Each option is a bar or box spanning the range its sources give: downtime across, how long results last up. The numbered mark sits
        at its top-left corner and matches the table; its shape and colour show invasiveness. A bar starting at the bottom is an &ldquo;up
        to&rdquo; figure. Results a source calls permanent sit in the long-lasting band at the top. Select an option to open its page.
      </p>
    </div>
  );
}

import { useId } from 'react';
import { TIMELINE_SCALE_NOTE, dayPosition, type Timeline, type TimelineBar } from '@/lib/compare/timeline';

export type RecoveryTimelineProps = { timeline: Timeline };

// Geometry in viewBox units. SVG text scales with the figure, so one drawing cannot be readable
// both on a 360 px phone and on a desktop: the chart is drawn twice, narrow and wide, and CSS
// shows the one that fits (the hidden one is out of the accessibility tree too).
const LEFT = 8;
const RIGHT = 16;
const TOP = 4;
const NAME_LINE = 16;
const AXIS = 40;
const CHAR_WIDTH = 7.4; // average width of a 13-unit bold glyph, for wrapping names

/** Up to two lines of whole words; the rest is elided (the full name is in the text list). */
function wrapName(name: string, maxChars: number): string[] {
  const lines: string[] = [''];
  for (const word of name.split(/\s+/)) {
    const current = lines[lines.length - 1] ?? '';
    if (current === '' || current.length + 1 + word.length <= maxChars) lines[lines.length - 1] = current ? `${current} ${word}` : word;
    else lines.push(word);
  }
  if (lines.length <= 2) return lines;
  const second = `${lines[1]} ${lines.slice(2).join(' ')}`;
  return [lines[0] ?? '', `${second.slice(0, maxChars - 1).trimEnd()}…`];
}

type Row = { bar: TimelineBar; top: number; nameLines: string[] };

function Bar({ row, x, plotWidth }: { row: Row; x: (day: number) => number; plotWidth: number }) {
  const { bar, top, nameLines } = row;
  const detailY = top + nameLines.length * NAME_LINE + 12;
  const barY = detailY + 6;
  const range = bar.range;
  const start = range ? x(range.min) : LEFT;
  // A same-day recovery is a real value, so it still gets a visible sliver of bar.
  const end = range ? Math.max(x(range.max), start + 6) : LEFT;
  return (
    <g data-bar={bar.slug} data-recovery={range ? `${range.min}-${range.max}` : 'not-reported'}>
      <text x={LEFT} y={top + 12} fontSize={13} fontWeight={600} fill="#0f172a">
        {nameLines.map((line, index) => (
          <tspan key={index} x={LEFT} dy={index === 0 ? 0 : NAME_LINE}>
            {line}
          </tspan>
        ))}
      </text>
      <text x={LEFT} y={detailY} fontSize={12} fill={range ? '#0f172a' : '#475569'} fontStyle={range ? 'normal' : 'italic'}>
        {range ? `Recovery: ${bar.rangeText.toLowerCase()}` : 'Recovery time not reported'}
      </text>
      {range ? (
        <rect x={start} y={barY} width={end - start} height={14} rx={3} fill="#0f6b7d" />
      ) : (
        <rect x={LEFT} y={barY} width={plotWidth} height={14} rx={3} fill="none" stroke="#94a3b8" strokeDasharray="3 3" />
      )}
      {bar.markers.map((marker) => {
        const mx = x(marker.minDays);
        // Milestones get their own lane under the bar so they never hide a short (same-day) bar.
        const my = barY + 23;
        return (
          <g key={`${marker.label}-${marker.minDays}`}>
            <title>{marker.text}</title>
            {marker.maxDays > marker.minDays && <line x1={mx} x2={x(marker.maxDays)} y1={my} y2={my} stroke="#0f172a" strokeWidth={2} />}
            <path
              d={`M ${mx} ${my - 6} L ${mx + 6} ${my} L ${mx} ${my + 6} L ${mx - 6} ${my} Z`}
              fill="#f59e0b"
              stroke="#0f172a"
              strokeWidth={1.2}
            />
          </g>
        );
      })}
    </g>
  );
}

function TimelineSvg({
  timeline,
  width,
  labelledBy,
  className,
}: {
  timeline: Timeline;
  width: number;
  labelledBy: string;
  className: string;
}) {
  const plotWidth = width - LEFT - RIGHT;
  const x = (day: number) => LEFT + dayPosition(day, timeline.domainMax) * plotWidth;
  const maxChars = Math.floor(plotWidth / CHAR_WIDTH);
  let top = TOP;
  const rows: Row[] = [];
  for (const bar of timeline.bars) {
    const row = { bar, top, nameLines: wrapName(bar.name, maxChars) };
    top += row.nameLines.length * NAME_LINE + (bar.markers.length > 0 ? 58 : 44);
    rows.push(row);
  }
  const axisY = top;
  return (
    <svg role="img" aria-labelledby={labelledBy} viewBox={`0 0 ${width} ${axisY + AXIS}`} width="100%" className={`h-auto ${className}`}>
      {timeline.ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={TOP} y2={axisY + 4} stroke="#e2e8f0" strokeWidth={1} />
          <text x={x(tick)} y={axisY + 17} fontSize={11} textAnchor="middle" fill="#334155">
            {tick}
          </text>
        </g>
      ))}
      <line x1={LEFT} x2={width - RIGHT} y1={axisY} y2={axisY} stroke="#64748b" strokeWidth={1} />
      <text x={LEFT + plotWidth / 2} y={axisY + 34} fontSize={11} textAnchor="middle" fill="#334155">
        days after treatment (short end stretched)
      </text>
      {rows.map((row) => (
        <Bar key={row.bar.slug} row={row} x={x} plotWidth={plotWidth} />
      ))}
    </svg>
  );
}

/** One bar per procedure, from minimum to maximum recovery, on a shared square-root day axis. */
export function RecoveryTimeline({ timeline }: RecoveryTimelineProps) {
  const titleId = useId();
  const summaryId = useId();
  const labelledBy = `${titleId} ${summaryId}`;
  return (
    <figure className="max-w-3xl break-inside-avoid rounded-lg border border-slate-200 bg-white p-3 sm:p-4" data-testid="recovery-timeline">
      <figcaption id={titleId} className="mb-2">
        <span className="block font-semibold text-slate-900">Recovery timeline</span>
        <span className="block text-sm text-slate-700">
          Bars run from the shortest to the longest reported recovery; ◆ below a bar marks a milestone. {TIMELINE_SCALE_NOTE}
        </span>
      </figcaption>
      <TimelineSvg timeline={timeline} width={310} labelledBy={labelledBy} className="block sm:hidden" />
      <TimelineSvg timeline={timeline} width={600} labelledBy={labelledBy} className="hidden sm:block" />
      {/* The chart's text alternative, visible so milestones can be read without hovering. */}
      <ul id={summaryId} className="mt-3 space-y-1 text-sm text-slate-700">
        {timeline.bars.map((bar) => (
          <li key={bar.slug} data-slug={bar.slug}>
            {bar.summary}
          </li>
        ))}
      </ul>
    </figure>
  );
}

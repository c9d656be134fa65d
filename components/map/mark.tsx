import type { Invasiveness } from '@/lib/procedures/constants';

// Invasiveness on the map: a shape and a colour each, so it reads without colour (and in print).
// Colours are dark enough for 3:1 against white as graphics.

export const MARK_COLOURS: Record<Invasiveness, string> = {
  non_invasive: '#047857',
  minimally_invasive: '#b45309',
  surgical: '#6d28d9',
};

export const MARK_SHAPES: Record<Invasiveness, string> = {
  non_invasive: 'circle',
  minimally_invasive: 'square',
  surgical: 'triangle',
};

export type MarkProps = { invasiveness: Invasiveness; x: number; y: number; size?: number };

/** The shape for one level, centred on (x, y). */
export function Mark({ invasiveness, x, y, size = 7 }: MarkProps) {
  const colour = MARK_COLOURS[invasiveness];
  const common = { fill: colour, stroke: '#fff', strokeWidth: 1.5 };
  if (invasiveness === 'non_invasive') return <circle cx={x} cy={y} r={size} {...common} />;
  if (invasiveness === 'minimally_invasive')
    return <rect x={x - size * 0.9} y={y - size * 0.9} width={size * 1.8} height={size * 1.8} {...common} />;
  const h = size * 1.1;
  return <polygon points={`${x},${y - h} ${x + h},${y + h * 0.8} ${x - h},${y + h * 0.8}`} {...common} />;
}

/** The mark as a small inline icon, for the legend and the table. */
export function MarkIcon({ invasiveness }: { invasiveness: Invasiveness }) {
  return (
    <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" className="inline-block shrink-0 align-[-2px] print-exact">
      <Mark invasiveness={invasiveness} x={8} y={8} size={6} />
    </svg>
  );
}

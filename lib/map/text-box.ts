// Where a line of SVG text will sit, estimated before any browser sees it, so the map's layout can
// promise that no two labels touch. The widths are generous on purpose: they hold for DejaVu Sans
// (the widest common sans, and Debian's default) and so for narrower system fonts too. The browser
// test measures the real boxes.

/** Every label on the map is set at this size (px); the map is drawn at 1 unit = 1 px. */
export const LABEL_FONT = 13;
/** The axis titles. */
export const TITLE_FONT = 14;

/** Upper bounds of one character's advance, in em. */
const DIGIT_EM = 0.7;
const CHAR_EM = 0.66;
/** A line's box from its baseline: ascent above, descent below (em). */
const ASCENT_EM = 0.95;
const DESCENT_EM = 0.25;

export type Box = { left: number; top: number; right: number; bottom: number };
export type Anchor = 'start' | 'middle' | 'end';

export function textWidth(text: string, fontSize = LABEL_FONT): number {
  const em = [...text].reduce((sum, char) => sum + (char >= '0' && char <= '9' ? DIGIT_EM : CHAR_EM), 0);
  return em * fontSize;
}

/** The box of `text` drawn at (x, baseline) with the given text-anchor. */
export function textBox(text: string, x: number, baseline: number, anchor: Anchor = 'start', fontSize = LABEL_FONT): Box {
  const width = textWidth(text, fontSize);
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  return { left, right: left + width, top: baseline - ASCENT_EM * fontSize, bottom: baseline + DESCENT_EM * fontSize };
}

/** The height of one line of text, for stacking lines and centring them. */
export function lineHeight(fontSize = LABEL_FONT): number {
  return (ASCENT_EM + DESCENT_EM) * fontSize;
}

/** Strict overlap: boxes that only share an edge do not intersect. */
export function intersects(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Every pair of boxes that overlap, by index. */
export function overlappingPairs(boxes: readonly Box[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (intersects(boxes[i]!, boxes[j]!)) pairs.push([i, j]);
  return pairs;
}

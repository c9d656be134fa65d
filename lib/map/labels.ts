import type { MapLayout } from './layout';
import type { PlacedText } from './pack';
import { textBox, type Box } from './text-box';

// Every line of text the trade-off map draws, from the layout alone: what the component renders
// and what the tests check for overlaps.

export function mapTexts(layout: MapLayout): PlacedText[] {
  return [
    ...layout.xBands.flatMap((band) => band.lines),
    ...layout.yBands.flatMap((band) => band.lines),
    layout.titles.x,
    layout.titles.y,
    ...layout.plotted.flatMap((option) => (option.mark ? [option.mark.label] : [])),
    ...layout.more.map((note) => note.text),
  ];
}

export function boxOf(text: PlacedText): Box {
  return textBox(text.text, text.x, text.y, text.anchor, text.size);
}

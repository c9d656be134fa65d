import type { SourceView } from '../catalog/view';
import { SOURCE_KIND_LABELS } from '../labels';

/** A source's line under its title: publisher, kind, what it is a copy of, author and year. */
export function describeSource(source: SourceView): string {
  const parts = [source.publisher, SOURCE_KIND_LABELS[source.kind]];
  if (source.copyOf) parts.push(`copy of ${source.copyOf}`);
  if (source.author) parts.push(`by ${source.author}`);
  if (source.year !== null) parts.push(String(source.year));
  return parts.join(' · ');
}

import { MAX_COMPARE } from './url';
import type { TrayItem } from './tray-store';

// The sentence the tray's live region speaks after a change, whichever button (or tab) made it.

function names(items: readonly TrayItem[]): string {
  return items.map((item) => item.name).join(', ');
}

export function describeTrayChange(previous: readonly TrayItem[], next: readonly TrayItem[]): string {
  const added = next.filter((item) => !previous.some((old) => old.slug === item.slug));
  const removed = previous.filter((item) => !next.some((now) => now.slug === item.slug));
  if (added.length === 0 && removed.length === 0) return '';
  if (next.length === 0 && removed.length > 1) return 'Compare tray cleared.';
  const parts: string[] = [];
  if (added.length > 0) parts.push(`Added ${names(added)} to compare.`);
  if (removed.length > 0) parts.push(`Removed ${names(removed)} from compare.`);
  parts.push(next.length === 0 ? 'Compare tray is empty.' : `${next.length} of ${MAX_COMPARE} chosen.`);
  return parts.join(' ');
}

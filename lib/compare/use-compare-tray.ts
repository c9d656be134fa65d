import { useSyncExternalStore } from 'react';
import { getTrayServerSnapshot, getTraySnapshot, subscribeTray, type TrayItem } from './tray-store';

/** The tray's items, or null while not yet hydrated (server render and the hydration pass). */
export function useCompareTray(): readonly TrayItem[] | null {
  return useSyncExternalStore(subscribeTray, getTraySnapshot, getTrayServerSnapshot);
}

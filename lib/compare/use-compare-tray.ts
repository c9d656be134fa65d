import { useLocalStore } from '../browser/use-local-store';
import { trayStore, type TrayItem } from './tray-store';

/** The tray's items, or null while not yet read in this browser (server render and hydration). */
export function useCompareTray(): readonly TrayItem[] | null {
  return useLocalStore(trayStore);
}

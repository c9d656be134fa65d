import { useSyncExternalStore } from 'react';
import { getSavedServerSnapshot, getSavedSnapshot, isSaved, subscribeSaved } from './saved-store';

/** Whether `slug` is saved in this browser, or null while that is not known yet. */
export function useSaved(slug: string): boolean | null {
  return isSaved(useSyncExternalStore(subscribeSaved, getSavedSnapshot, getSavedServerSnapshot), slug);
}

'use client';

import { useEffect } from 'react';
import { replaceSavedSlugs } from '@/lib/bookmarks/browser/saved-store';

/**
 * /bookmarks knows the visitor's full list; handing it to the client store keeps every toggle
 * on the next pages right after removals here (client navigation keeps the store's old copy).
 */
export function SavedSync({ slugs }: { slugs: string[] }) {
  const key = slugs.join(',');
  useEffect(() => {
    replaceSavedSlugs(key ? key.split(',') : []);
  }, [key]);
  return null;
}

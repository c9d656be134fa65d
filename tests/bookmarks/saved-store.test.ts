// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  getSavedSnapshot,
  isSaved,
  loadSavedSlugs,
  markSaved,
  replaceSavedSlugs,
  resetSavedStore,
  subscribeSaved,
} from '@/lib/bookmarks/browser/saved-store';

// The client store the toggles share: one load, confirmed changes win over a slower load.

const saved = (slug: string) => isSaved(getSavedSnapshot(), slug);

function deferredFetch() {
  let resolve!: (slugs: string[]) => void;
  const fetchMock = vi.fn(() => new Promise<Response>((r) => (resolve = (slugs) => r(Response.json({ slugs })))));
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, respond: (slugs: string[]) => resolve(slugs) };
}

beforeEach(() => resetSavedStore());
afterEach(() => vi.unstubAllGlobals());

describe('saved-slugs store', () => {
  it('is unknown until loaded, then knows every slug', async () => {
    const { fetchMock, respond } = deferredFetch();
    const unsubscribe = subscribeSaved(() => undefined);
    subscribeSaved(() => undefined);
    expect(saved('botox')).toBeNull();
    respond(['botox']);
    await loadSavedSlugs();
    expect(saved('botox')).toBe(true);
    expect(saved('facelift')).toBe(false);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    unsubscribe();
  });

  it('keeps a change confirmed while the load was in flight', async () => {
    const { respond } = deferredFetch();
    const loading = loadSavedSlugs();
    markSaved('facelift', true);
    markSaved('botox', false);
    respond(['botox']);
    await loading;
    expect(saved('facelift')).toBe(true);
    expect(saved('botox')).toBe(false);
  });

  it('after a failed load, knows only what changed here; others stay unknown', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('nope', { status: 500 })),
    );
    await loadSavedSlugs();
    markSaved('botox', true);
    expect(saved('botox')).toBe(true);
    expect(saved('facelift')).toBeNull();
  });

  it('takes the full list from /bookmarks, over an older load', async () => {
    const { respond } = deferredFetch();
    const loading = loadSavedSlugs();
    replaceSavedSlugs(['lip-filler']);
    respond(['botox']);
    await loading;
    expect(saved('lip-filler')).toBe(true);
    expect(saved('botox')).toBe(false);
  });
});

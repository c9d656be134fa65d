import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNoteSaver, noteStatusText, type NoteSaverState, type SendResult } from '@/lib/bookmarks/browser/note-saver';
import { hasUnsavedWork, resetPendingWrites } from '@/lib/bookmarks/browser/pending-writes';

// One note's autosave, driven with fake timers and a scripted server.

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const AT = new Date('2026-12-06T12:04:00Z');
const time = () => '12:04';

function setup(saved = '') {
  const states: NoteSaverState[] = [];
  const replies: ReturnType<typeof deferred<SendResult>>[] = [];
  const send = vi.fn<(slug: string, note: string) => Promise<SendResult>>(() => {
    const reply = deferred<SendResult>();
    replies.push(reply);
    return reply.promise;
  });
  const saver = createNoteSaver({ slug: 'botox', saved, send, onChange: (s) => states.push(s), pauseMs: 1000, now: () => AT });
  const last = () => states.at(-1)!;
  return { saver, send, replies, last };
}

beforeEach(() => {
  vi.useFakeTimers();
  resetPendingWrites();
});
afterEach(() => vi.useRealTimers());

describe('note autosave', () => {
  it('saves after a pause in typing, once, with the last text, and says when', async () => {
    const { saver, send, replies, last } = setup();
    saver.input('A');
    saver.input('Ask about');
    expect(last().phase).toBe('editing');
    expect(hasUnsavedWork()).toBe(true);
    await vi.advanceTimersByTimeAsync(999);
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(send).toHaveBeenCalledExactlyOnceWith('botox', 'Ask about');
    expect(last().phase).toBe('saving');
    replies[0]!.resolve({ ok: true });
    await vi.runAllTimersAsync();
    expect(last()).toEqual({ phase: 'saved', savedAt: AT, message: null });
    expect(noteStatusText(last(), time)).toBe('Saved · 12:04');
    expect(hasUnsavedWork()).toBe(false);
  });

  it('saves at once on flush (leaving the box), and not again when nothing changed', async () => {
    const { saver, send, replies } = setup('old');
    saver.input('new');
    const flushed = saver.flush();
    expect(send).toHaveBeenCalledExactlyOnceWith('botox', 'new');
    replies[0]!.resolve({ ok: true });
    await flushed;
    await saver.flush();
    await vi.runAllTimersAsync();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('keeps the draft after a failure, says why, and a retry sends it again', async () => {
    const { saver, send, replies, last } = setup();
    saver.input('Keep me');
    const first = saver.flush();
    replies[0]!.resolve({ ok: false, message: 'Too many changes in a short time.' });
    await first;
    expect(last().phase).toBe('failed');
    expect(noteStatusText(last(), time)).toBe('Not saved: Too many changes in a short time.');
    // A failed draft is unsaved work: leaving the page asks first.
    expect(hasUnsavedWork()).toBe(true);
    const retry = saver.flush();
    expect(send).toHaveBeenLastCalledWith('botox', 'Keep me');
    replies[1]!.resolve({ ok: true });
    await retry;
    expect(last().phase).toBe('saved');
    expect(hasUnsavedWork()).toBe(false);
  });

  it('sends an edit made while a save is in flight once that save is answered', async () => {
    const { saver, send, replies, last } = setup();
    saver.input('one');
    const first = saver.flush();
    saver.input('one two');
    replies[0]!.resolve({ ok: true });
    await first;
    expect(last().phase).toBe('editing');
    expect(hasUnsavedWork()).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(send).toHaveBeenLastCalledWith('botox', 'one two');
    replies[1]!.resolve({ ok: true });
    await vi.runAllTimersAsync();
    expect(last().phase).toBe('saved');
  });

  it('treats a network error as a failure, never as saved', async () => {
    const states: NoteSaverState[] = [];
    const saver = createNoteSaver({
      slug: 'botox',
      saved: '',
      send: () => Promise.reject(new TypeError('Failed to fetch')),
      onChange: (s) => states.push(s),
    });
    saver.input('x');
    await saver.flush();
    expect(states.at(-1)?.phase).toBe('failed');
    expect(states.at(-1)?.message).toMatch(/could not be reached/);
  });

  it('two notes have their own savers: saving one leaves the other draft alone', async () => {
    const a = setup();
    const b = setup();
    a.saver.input('first');
    b.saver.input('second');
    const saved = a.saver.flush();
    a.replies[0]!.resolve({ ok: true });
    await saved;
    expect(b.send).not.toHaveBeenCalled();
    expect(b.last().phase).toBe('editing');
  });
});

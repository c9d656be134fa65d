import { ERROR_MESSAGES } from '../messages';
import { markUnsaved, trackWrite } from './pending-writes';

// One note's autosave, without React: typing waits for a pause, leaving the box saves at once,
// and a failure keeps the draft and says why until a retry (or the next edit) succeeds. Each
// note has its own saver, so saving one never touches another's draft. While a draft is not on
// the server, pending-writes knows, and leaving the page asks first.

export const AUTOSAVE_PAUSE_MS = 1200;

export type NotePhase = 'idle' | 'editing' | 'saving' | 'saved' | 'failed';
export type NoteSaverState = { phase: NotePhase; savedAt: Date | null; message: string | null };
export type SendResult = { ok: true } | { ok: false; message: string };
export type SendNote = (slug: string, note: string) => Promise<SendResult>;

export type NoteSaver = {
  /** The box's text changed. */
  input: (value: string) => void;
  /** Save now (blur, the "Save note" button, "Try again"): resolves when answered. */
  flush: () => Promise<void>;
  stop: () => void;
};

type Options = {
  slug: string;
  /** The note the server has. */
  saved: string;
  send: SendNote;
  onChange: (state: NoteSaverState) => void;
  pauseMs?: number;
  now?: () => Date;
};

export const IDLE: NoteSaverState = { phase: 'idle', savedAt: null, message: null };

export function createNoteSaver({
  slug,
  saved: initial,
  send,
  onChange,
  pauseMs = AUTOSAVE_PAUSE_MS,
  now = () => new Date(),
}: Options): NoteSaver {
  const key = `note:${slug}`;
  let saved = initial;
  let draft = initial;
  let sending: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let state = IDLE;

  const set = (next: Partial<NoteSaverState>) => {
    state = { ...state, ...next };
    markUnsaved(key, draft !== saved);
    onChange(state);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), pauseMs);
  };

  async function flush(): Promise<void> {
    clearTimeout(timer);
    // One request at a time per note; an edit made meanwhile is sent when it is answered.
    if (sending) return sending.then(() => (draft !== saved && state.phase !== 'failed' ? flush() : undefined));
    if (draft === saved) return;
    const text = draft;
    set({ phase: 'saving', message: null });
    sending = trackWrite(send(slug, text).catch((): SendResult => ({ ok: false, message: ERROR_MESSAGES.unavailable }))).then((result) => {
      sending = null;
      if (!result.ok) return set({ phase: 'failed', message: result.message });
      saved = text;
      set({ phase: draft === saved ? 'saved' : 'editing', savedAt: now() });
      if (draft !== saved) schedule();
    });
    return sending;
  }

  return {
    input(value) {
      draft = value;
      if (sending) return markUnsaved(key, draft !== saved);
      if (draft === saved) {
        clearTimeout(timer);
        return set({ phase: state.savedAt ? 'saved' : 'idle', message: null });
      }
      set({ phase: 'editing', message: null });
      schedule();
    },
    flush,
    stop() {
      clearTimeout(timer);
    },
  };
}

/** The status line under a note. */
export function noteStatusText(state: NoteSaverState, formatTime: (date: Date) => string): string {
  switch (state.phase) {
    case 'idle':
      return '';
    case 'editing':
      return 'Not saved yet';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return state.savedAt ? `Saved · ${formatTime(state.savedAt)}` : 'Saved';
    case 'failed':
      return `Not saved: ${state.message ?? ERROR_MESSAGES.unavailable}`;
  }
}

/** PATCH /api/bookmarks/{slug}: the same write, limits and messages as every other client. */
export async function patchNote(slug: string, note: string): Promise<SendResult> {
  const response = await fetch(`/api/bookmarks/${encodeURIComponent(slug)}`, {
    method: 'PATCH',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ note }),
  });
  if (response.ok) return { ok: true };
  const body = (await response.json().catch(() => null)) as { message?: unknown } | null;
  return { ok: false, message: typeof body?.message === 'string' ? body.message : ERROR_MESSAGES.unavailable };
}

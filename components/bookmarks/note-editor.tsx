'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { IDLE, createNoteSaver, noteStatusText, patchNote, type NoteSaver } from '@/lib/bookmarks/browser/note-saver';
import { NOTE_MAX_LENGTH, noteFieldName, originalFieldName } from '@/lib/bookmarks/schema';
import { secondaryButton } from '@/components/ui/styles';
import { useRefusedNotes } from './notes-form';

export type NoteEditorProps = { slug: string; name: string; note: string | null; formId: string };

const timeOf = (date: Date) => date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/**
 * The private note on one saved procedure. With JavaScript it saves itself after a pause in
 * typing and when the box is left (PATCH /api/bookmarks/{slug}), shows when it was saved and
 * offers "Try again" on failure; "Save note" saves this note at once. Without JavaScript the box
 * and button belong to the list's notes form (notes-form.tsx), which posts every note together.
 */
export function NoteEditor({ slug, name, note, formId }: NoteEditorProps) {
  const refused = useRefusedNotes();
  const start = refused.drafts?.[slug] ?? note ?? '';
  const invalid = refused.invalid?.includes(slug) ?? false;
  const id = useId();
  const saver = useRef<NoteSaver | null>(null);
  const [state, setState] = useState(IDLE);
  const [length, setLength] = useState(start.length);

  useEffect(() => {
    const current = createNoteSaver({ slug, saved: note ?? '', send: patchNote, onChange: setState });
    saver.current = current;
    // A refused form's draft is not on the server: save it as if just typed.
    if (start !== (note ?? '')) current.input(start);
    return () => {
      // Leaving the list by a link: a draft still waiting for the pause is sent now.
      void current.flush();
      current.stop();
    };
  }, [slug, note, start]);

  const status = noteStatusText(state, timeOf);
  return (
    <div className="space-y-1.5">
      <label htmlFor={`${id}-note`} className="block text-sm font-medium text-slate-800">
        Private note <span className="sr-only">on {name} </span>
        <span className="font-normal text-slate-700">(only you can see it; saved as you type)</span>
      </label>
      <textarea
        id={`${id}-note`}
        name={noteFieldName(slug)}
        form={formId}
        rows={2}
        maxLength={NOTE_MAX_LENGTH}
        defaultValue={start}
        onChange={(event) => {
          setLength(event.currentTarget.value.length);
          saver.current?.input(event.currentTarget.value);
        }}
        onBlur={() => void saver.current?.flush()}
        aria-invalid={invalid || state.phase === 'failed' ? true : undefined}
        aria-describedby={`${id}-help ${id}-status`}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600 aria-invalid:border-red-700"
      />
      <input type="hidden" name={originalFieldName(slug)} form={formId} value={note ?? ''} />
      <p id={`${id}-help`} className="text-xs text-slate-700">
        Up to {NOTE_MAX_LENGTH.toLocaleString('en-US')} characters
        <span aria-hidden="true"> · {length.toLocaleString('en-US')} used</span>
      </p>
      <div className="flex flex-wrap items-center justify-end gap-2">
        <p
          id={`${id}-status`}
          role="status"
          data-note-status={state.phase}
          className={`mr-auto text-sm ${state.phase === 'failed' ? 'font-medium text-red-800' : 'text-slate-700'}`}
        >
          {status}
        </p>
        {state.phase === 'failed' ? (
          <button type="button" className="bookmark-undo" onClick={() => void saver.current?.flush()}>
            Try again <span className="sr-only">saving the note on {name}</span>
          </button>
        ) : null}
        <button
          type="submit"
          form={formId}
          name="save"
          value={slug}
          onClick={(event) => {
            // Scripted: save this note now, in place; the form post is the no-JavaScript path.
            if (!saver.current) return;
            event.preventDefault();
            void saver.current.flush();
          }}
          className={`${secondaryButton} min-h-11`}
        >
          Save note <span className="sr-only">on {name}</span>
        </button>
      </div>
    </div>
  );
}

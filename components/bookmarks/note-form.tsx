'use client';

import { useActionState, useId, useState } from 'react';
import { saveNote, type NoteFormState } from '@/lib/bookmarks/server/actions';
import { NOTE_MAX_LENGTH } from '@/lib/bookmarks/schema';
import { secondaryButton } from '@/components/ui/styles';

export type NoteFormProps = { slug: string; name: string; note: string | null; sort: string };

const INITIAL: NoteFormState = {};

/**
 * The private note on one saved procedure. A refused note comes back with the text as typed
 * (also without JavaScript, where the action's state is rendered into the response), so a
 * visitor never loses what they wrote.
 */
export function NoteForm({ slug, name, note, sort }: NoteFormProps) {
  const [state, formAction, pending] = useActionState(saveNote, INITIAL);
  const id = useId();
  // After a refusal React resets the form to defaultValue, which is then the refused text.
  const value = state.note ?? note ?? '';

  return (
    <form action={formAction} className="space-y-1.5">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="sort" value={sort} />
      <label htmlFor={`${id}-note`} className="block text-sm font-medium text-slate-800">
        Private note <span className="sr-only">on {name} </span>
        <span className="font-normal text-slate-700">(only you can see it)</span>
      </label>
      {/* Keyed by the text it starts from, so its character count starts over with it. */}
      <NoteField key={value} id={id} value={value} invalid={Boolean(state.message)} />
      <div className="flex flex-wrap items-center justify-end gap-2">
        <button type="submit" disabled={pending} className={`${secondaryButton} min-h-11 disabled:opacity-60`}>
          {pending ? 'Saving…' : 'Save note'}
        </button>
      </div>
      {state.message ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

function NoteField({ id, value, invalid }: { id: string; value: string; invalid: boolean }) {
  const [length, setLength] = useState(value.length);
  return (
    <>
      <textarea
        id={`${id}-note`}
        name="note"
        rows={2}
        maxLength={NOTE_MAX_LENGTH}
        defaultValue={value}
        onChange={(event) => setLength(event.currentTarget.value.length)}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={`${id}-help${invalid ? ` ${id}-error` : ''}`}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600 aria-invalid:border-red-700"
      />
      <p id={`${id}-help`} className="text-xs text-slate-700">
        Up to {NOTE_MAX_LENGTH.toLocaleString('en-US')} characters
        <span aria-hidden="true"> · {length.toLocaleString('en-US')} used</span>
      </p>
    </>
  );
}

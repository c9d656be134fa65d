'use client';

import { createContext, useActionState, useContext, type ReactNode } from 'react';
import { saveNotes, type NotesFormState } from '@/lib/bookmarks/server/actions';

// The list's one notes form. Each note's box and "Save note" button belong to it through the
// `form` attribute (an item's own remove form cannot sit inside another form), so a post without
// JavaScript carries every draft. A refusal's state (every box as typed) reaches the boxes here.

const RefusedNotes = createContext<NotesFormState>({});

export function useRefusedNotes(): NotesFormState {
  return useContext(RefusedNotes);
}

export type NotesFormProps = { id: string; sort: string; children: ReactNode };

export function NotesForm({ id, sort, children }: NotesFormProps) {
  const [state, action] = useActionState(saveNotes, {});
  return (
    <RefusedNotes.Provider value={state}>
      <form id={id} action={action} hidden>
        <input type="hidden" name="sort" value={sort} />
      </form>
      {state.message ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm font-medium text-red-900">
          Nothing was saved: {state.message} Your text is still in the boxes below.
        </p>
      ) : null}
      {children}
    </RefusedNotes.Provider>
  );
}

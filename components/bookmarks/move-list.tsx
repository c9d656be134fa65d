'use client';

import { useActionState } from 'react';
import {
  importFileAction,
  makeTransferCode,
  redeemTransferCodeAction,
  type MoveFormState,
  type TransferCodeState,
} from '@/lib/bookmarks/server/move-actions';
import { TRANSFER_TTL_MINUTES } from '@/lib/bookmarks/transfer-code';
import { secondaryButton } from '@/components/ui/styles';

// "Use this list on another device" and "Import": each a form with useActionState, so a refusal
// comes back with the reason (also without JavaScript) and success lands on /bookmarks.

const timeOf = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
const fieldClass = 'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900';

function Refusal({ message }: { message?: string }) {
  return message ? (
    <p role="alert" className="text-sm font-medium text-red-800">
      {message}
    </p>
  ) : null;
}

/** On the device that has the list: a one-time code, shown once. */
export function TransferCodeForm() {
  const [state, action, pending] = useActionState<TransferCodeState, FormData>(makeTransferCode, {});
  return (
    <form action={action} className="space-y-2">
      {state.code && state.expiresAt ? (
        <p role="status" className="text-sm text-slate-800">
          Your code:{' '}
          <strong className="font-mono text-base tracking-wider" data-transfer-code="">
            {state.code}
          </strong>
          . On the other device, open Saved and type it under “Have a code?”. It works once, until {timeOf(state.expiresAt)}.
        </p>
      ) : (
        <p className="text-sm text-slate-700">
          A one-time code copies this list, notes included, to your phone or another computer. It lasts {TRANSFER_TTL_MINUTES} minutes.
        </p>
      )}
      <button type="submit" disabled={pending} className={`${secondaryButton} min-h-11`}>
        {state.code ? 'Make a new code' : 'Get a transfer code'}
      </button>
      <Refusal message={state.message} />
    </form>
  );
}

/** On the other device: the code, merged into whatever is saved there. */
export function RedeemCodeForm() {
  const [state, action, pending] = useActionState<MoveFormState, FormData>(redeemTransferCodeAction, {});
  return (
    <form action={action} className="space-y-2">
      <label htmlFor="transfer-code" className="block text-sm font-medium text-slate-800">
        Have a code? <span className="font-normal text-slate-700">(from “Get a transfer code” on your other device)</span>
      </label>
      <input
        id="transfer-code"
        name="code"
        required
        maxLength={40}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        placeholder="ABCD-EFGH-JKMN"
        defaultValue={state.value}
        key={state.value}
        aria-invalid={state.message ? true : undefined}
        className={`${fieldClass} font-mono uppercase`}
      />
      <button type="submit" disabled={pending} className={`${secondaryButton} min-h-11`}>
        Bring that list here
      </button>
      <Refusal message={state.message} />
    </form>
  );
}

/** The site's own JSON export, merged in; nothing is written unless the whole file is good. */
export function ImportForm() {
  const [state, action, pending] = useActionState<MoveFormState, FormData>(importFileAction, {});
  return (
    <form action={action} className="space-y-2">
      <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">
        Import a saved file <span className="font-normal text-slate-700">(the “Data file (JSON)” download)</span>
      </label>
      <input id="import-file" name="file" type="file" accept="application/json,.json" required className="block w-full text-sm" />
      <button type="submit" disabled={pending} className={`${secondaryButton} min-h-11`}>
        Import
      </button>
      <Refusal message={state.message} />
    </form>
  );
}

/** Everything that brings a list here or takes it elsewhere; `hasList` hides the code maker on an empty list. */
export function MoveList({ hasList }: { hasList: boolean }) {
  return (
    <section id="move" aria-labelledby="move-heading" className="scroll-mt-4 space-y-4">
      <h2 id="move-heading" className="text-base font-semibold text-slate-900">
        Use this list on another device
      </h2>
      {hasList ? <TransferCodeForm /> : null}
      <RedeemCodeForm />
      <ImportForm />
    </section>
  );
}

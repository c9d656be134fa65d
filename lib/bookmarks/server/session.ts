import 'server-only';
import { cookies, headers } from 'next/headers';
import type { UndoPayload } from '../schema';
import { createToken, hashToken, isWellFormedToken } from './tokens';
import { UNDO_COOKIE_NAMES, UNDO_MAX_AGE_SECONDS, decodeUndo, encodeUndo } from '../undo';
import { VISITOR_COOKIE, isHttpsRequest, visitorCookieOptions, visitorIdFromToken } from './visitor';

// The cookie side of bookmarks, for server actions and the /bookmarks page. Thin on purpose:
// it turns the request into a visitor id; lib/bookmarks/server/commands.ts does the rest.

export type VisitorSession = {
  id: string;
  /** True when this request minted the token: nothing is stored for it until a write succeeds. */
  isNew: boolean;
  /** Sends the cookie: call only after a write succeeded, so failed requests leave no identity. */
  remember: () => Promise<void>;
};

async function secureCookies(): Promise<boolean> {
  return isHttpsRequest(await headers());
}

export async function getCurrentVisitorId(): Promise<string | null> {
  return visitorIdFromToken((await cookies()).get(VISITOR_COOKIE)?.value);
}

/** The visitor behind this request, or a new anonymous one (random 256-bit token). */
export async function getVisitorSession(): Promise<VisitorSession> {
  const store = await cookies();
  const existing = store.get(VISITOR_COOKIE)?.value;
  const token = isWellFormedToken(existing) ? existing : createToken();
  return {
    id: hashToken(token),
    isNew: token !== existing,
    remember: async () => {
      // Re-sent on every remembered write, so the 400-day lifetime slides while the list is used.
      store.set(VISITOR_COOKIE, token, visitorCookieOptions(await secureCookies()));
    },
  };
}

export async function setUndoCookie(payload: UndoPayload): Promise<void> {
  const store = await cookies();
  const secure = await secureCookies();
  const chunks = encodeUndo(payload);
  UNDO_COOKIE_NAMES.forEach((name, i) => {
    const value = chunks[i];
    if (value) store.set(name, value, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: UNDO_MAX_AGE_SECONDS });
    else if (store.has(name)) store.delete(name);
  });
}

export async function readUndoCookie(): Promise<UndoPayload | null> {
  const store = await cookies();
  return decodeUndo(UNDO_COOKIE_NAMES.map((name) => store.get(name)?.value));
}

export async function clearUndoCookie(): Promise<void> {
  const store = await cookies();
  for (const name of UNDO_COOKIE_NAMES) if (store.has(name)) store.delete(name);
}

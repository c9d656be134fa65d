import { undoPayloadSchema, type UndoPayload } from './schema';

// "Removed X. Undo" must bring the note back, but once the row is deleted the note exists
// nowhere else. It rides in a short-lived httpOnly cookie instead of the URL (which ends up in
// history and logs). Browsers cap one cookie near 4 KB and a 1,000-character note can need more
// as base64, so the value is split over up to three cookies.

export const UNDO_COOKIE = 'pc_undo';
export const UNDO_MAX_AGE_SECONDS = 10 * 60;
const CHUNK_LENGTH = 3000;
const MAX_CHUNKS = 3;

export const UNDO_COOKIE_NAMES = Array.from({ length: MAX_CHUNKS }, (_, i) => (i === 0 ? UNDO_COOKIE : `${UNDO_COOKIE}_${i}`));

/** The cookie values to set, in UNDO_COOKIE_NAMES order (fewer when the payload is small). */
export function encodeUndo(payload: UndoPayload): string[] {
  const value = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
  const chunks: string[] = [];
  for (let i = 0; i < value.length; i += CHUNK_LENGTH) chunks.push(value.slice(i, i + CHUNK_LENGTH));
  if (chunks.length > MAX_CHUNKS) throw new Error('Undo payload too large for its cookies');
  return chunks;
}

/** Reassembles and validates; anything missing, stale-shaped or tampered with gives null. */
export function decodeUndo(values: readonly (string | undefined)[]): UndoPayload | null {
  const chunks: string[] = [];
  for (const value of values) {
    if (!value) break;
    chunks.push(value);
  }
  if (chunks.length === 0) return null;
  const joined = chunks.join('');
  if (!/^[A-Za-z0-9_-]+$/.test(joined)) return null;
  try {
    const parsed = undoPayloadSchema.safeParse(JSON.parse(Buffer.from(joined, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

import { getDb } from '../../db';
import { randomInt } from 'node:crypto';
import { TRANSFER_ALPHABET, TRANSFER_CODE_LENGTH, TRANSFER_TTL_MINUTES, formatTransferCode } from '../transfer-code';
import { mergeInTransaction, type MergeResult } from './merge';
import { TX_OPTIONS, ensureVisitor } from './store';
import { hashToken } from './tokens';

// "Use this list on another device": a one-time code that copies the visitor's list, notes
// included, into the list of whoever types it, merged with what is there. Only the code's
// SHA-256 is stored, so the table cannot be used to redeem a code; the code itself is shown once
// and never logged or put in a URL.

export type TransferRefusal = 'transfer-unknown' | 'transfer-used' | 'transfer-expired';
export type IssuedCode = { code: string; expiresAt: string };

class CodeTaken extends Error {}

/** Each character drawn uniformly by the CSPRNG (randomInt has no modulo bias). */
export function createTransferCode(): string {
  let code = '';
  for (let i = 0; i < TRANSFER_CODE_LENGTH; i += 1) code += TRANSFER_ALPHABET[randomInt(TRANSFER_ALPHABET.length)];
  return code;
}

export async function issueTransferCode(visitorId: string, now = new Date()): Promise<IssuedCode> {
  const db = await getDb();
  await ensureVisitor(db, visitorId);
  const code = createTransferCode();
  const expiresAt = new Date(now.getTime() + TRANSFER_TTL_MINUTES * 60_000);
  await db.transferCode.create({ data: { codeHash: hashToken(code), visitorId, expiresAt } });
  return { code: formatTransferCode(code), expiresAt: expiresAt.toISOString() };
}

/** Copies the code owner's list into the recipient's and uses the code up, in one transaction. */
export async function redeemTransferCode(
  recipientId: string,
  code: string,
): Promise<{ ok: true; result: MergeResult } | { ok: false; error: TransferRefusal }> {
  const db = await getDb();
  const row = await db.transferCode.findUnique({ where: { codeHash: hashToken(code) } });
  if (!row) return { ok: false, error: 'transfer-unknown' };
  if (row.usedAt) return { ok: false, error: 'transfer-used' };
  if (row.expiresAt.getTime() <= Date.now()) return { ok: false, error: 'transfer-expired' };
  await ensureVisitor(db, recipientId);
  try {
    const result = await db.$transaction(async (tx) => {
      // The claim and the copy commit together: two devices typing the code at once get one copy.
      const claimed = await tx.transferCode.updateMany({
        where: { id: row.id, usedAt: null, expiresAt: { gt: new Date() } },
        data: { usedAt: new Date() },
      });
      if (claimed.count !== 1) throw new CodeTaken();
      const rows = await tx.bookmark.findMany({
        where: { visitorId: row.visitorId },
        select: { procedureId: true, note: true, createdAt: true, procedure: { select: { slug: true } } },
      });
      const incoming = rows.map((r) => ({ slug: r.procedure.slug, procedureId: r.procedureId, note: r.note, savedAt: r.createdAt }));
      return mergeInTransaction(tx, recipientId, incoming);
    }, TX_OPTIONS);
    return { ok: true, result };
  } catch (error) {
    if (error instanceof CodeTaken) return { ok: false, error: 'transfer-used' };
    throw error;
  }
}

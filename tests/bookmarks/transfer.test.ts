import { describe, expect, it } from 'vitest';
import { POST as startTransfer } from '@/app/api/bookmarks/transfer/route';
import { POST as redeemTransfer } from '@/app/api/bookmarks/transfer/redeem/route';
import { getDb } from '@/lib/db';
import { addBookmark, setNote } from '@/lib/bookmarks/server/store';
import { createTransferCode, issueTransferCode } from '@/lib/bookmarks/server/transfer';
import { TRANSFER_ALPHABET, TRANSFER_CODE_BITS, TRANSFER_CODE_LENGTH, normalizeTransferCode } from '@/lib/bookmarks/transfer-code';
import { countRows, newVisitor, noteOf, type TestVisitor } from './helpers';

// "Use this list on another device", through the route handlers on the real database.

const ORIGIN = 'http://localhost:3000';
const headers = (visitor: TestVisitor) => ({ host: 'localhost:3000', origin: ORIGIN, cookie: visitor.cookie });

async function start(visitor: TestVisitor): Promise<Response> {
  return startTransfer(new Request(`${ORIGIN}/api/bookmarks/transfer`, { method: 'POST', headers: headers(visitor) }));
}
function redeem(visitor: TestVisitor, code: string): Promise<Response> {
  return redeemTransfer(
    new Request(`${ORIGIN}/api/bookmarks/transfer/redeem`, { method: 'POST', headers: headers(visitor), body: JSON.stringify({ code }) }),
  );
}

describe('transfer codes', () => {
  it('copies every bookmark and note to the other device, merging, once', async () => {
    const phone = newVisitor();
    await addBookmark(phone.id, 'botox');
    await addBookmark(phone.id, 'facelift');
    await setNote(phone.id, 'botox', 'phone note');
    await setNote(phone.id, 'facelift', 'ask about scars');
    const laptop = newVisitor();
    await addBookmark(laptop.id, 'botox');
    await setNote(laptop.id, 'botox', 'laptop note');
    await addBookmark(laptop.id, 'lip-filler');

    const started = await start(phone);
    expect(started.status).toBe(200);
    const { code, expiresAt } = (await started.json()) as { code: string; expiresAt: string };
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(14 * 60_000);

    // Typed loosely on the laptop: lower case, spaces instead of dashes.
    const redeemed = await redeem(laptop, code.toLowerCase().replace(/-/g, ' '));
    expect(redeemed.status).toBe(200);
    expect(await redeemed.json()).toEqual({ added: 1, kept: 1, notesAdded: 1 });
    expect(await countRows(laptop.id)).toBe(3);
    expect(await noteOf(laptop.id, 'botox')).toBe('laptop note');
    expect(await noteOf(laptop.id, 'facelift')).toBe('ask about scars');
    // The phone's list is untouched.
    expect(await countRows(phone.id)).toBe(2);

    const again = await redeem(newVisitor(), code);
    expect(again.status).toBe(410);
    expect(await again.json()).toMatchObject({ error: 'code_used', message: expect.stringMatching(/already been used/) });
  });

  it('refuses an expired code (410), an unknown one (404) and a malformed one (400), writing nothing', async () => {
    const owner = newVisitor();
    await addBookmark(owner.id, 'botox');
    const expired = await issueTransferCode(owner.id, new Date(Date.now() - 16 * 60_000));
    const me = newVisitor();
    const cases: [string, number, string][] = [
      [expired.code, 410, 'code_expired'],
      ['ABCD-EFGH-JKMN', 404, 'not_found'],
      ['not a code', 400, 'invalid_parameters'],
    ];
    for (const [code, status, error] of cases) {
      const response = await redeem(me, code);
      expect(response.status, code).toBe(status);
      expect(await response.json()).toMatchObject({ error, message: expect.any(String) });
    }
    expect(await countRows(me.id)).toBe(0);
  });

  it('limits tries per visitor (429), so codes cannot be guessed by trying', async () => {
    const me = newVisitor();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await redeem(me, 'ABCD-EFGH-JKMN')).status);
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429]);
  });

  it('gives one copy when two devices use the same code at once', async () => {
    const owner = newVisitor();
    await addBookmark(owner.id, 'botox');
    const { code } = await issueTransferCode(owner.id);
    const [a, b] = [newVisitor(), newVisitor()];
    const statuses = (await Promise.all([redeem(a, code), redeem(b, code)])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 410]);
    expect((await countRows(a.id)) + (await countRows(b.id))).toBe(1);
  });

  it('stores only a hash of the code, and has nothing to move for an empty list', async () => {
    const owner = newVisitor();
    await addBookmark(owner.id, 'botox');
    const { code } = await issueTransferCode(owner.id);
    const db = await getDb();
    const rows = await db.transferCode.findMany({ where: { visitorId: owner.id } });
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(normalizeTransferCode(code)!);
    expect((await start(newVisitor())).status).toBe(404);
  });

  it(`draws ${TRANSFER_CODE_BITS}-bit codes from the whole alphabet`, () => {
    expect(Math.log2(TRANSFER_ALPHABET.length) * TRANSFER_CODE_LENGTH).toBe(TRANSFER_CODE_BITS);
    const codes = Array.from({ length: 2000 }, createTransferCode);
    expect(new Set(codes).size).toBe(codes.length);
    const used = new Set(codes.join(''));
    expect([...used].sort().join('')).toBe([...TRANSFER_ALPHABET].sort().join(''));
  });
});

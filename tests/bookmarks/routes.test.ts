import { describe, expect, it } from 'vitest';
import { GET as compareRedirect } from '@/app/bookmarks/compare/route';
import { GET as exportBookmarks } from '@/app/api/bookmarks/export/route';
import { GET as bookmarkState } from '@/app/api/bookmarks/state/route';
import { addBookmark, setNote } from '@/lib/bookmarks/server/store';
import { questionTexts } from '@/lib/consultation/questions';
import { newVisitor } from './helpers';

// Route handlers called as Next calls them: a Request, with the browser's Cookie header.

const request = (path: string, cookie?: string, headers: Record<string, string> = {}) =>
  new Request(`http://localhost:3000${path}`, { headers: { ...(cookie ? { cookie } : {}), ...headers } });

describe('GET /api/bookmarks/state', () => {
  it('returns only the caller’s saved slugs, never cached', async () => {
    const alice = newVisitor();
    const bob = newVisitor();
    await addBookmark(alice.id, 'botox');
    await addBookmark(alice.id, 'facelift');
    await addBookmark(bob.id, 'lip-filler');

    const response = await bookmarkState(request('/api/bookmarks/state', `theme=dark; ${alice.cookie}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(((await response.json()) as { slugs: string[] }).slugs.sort()).toEqual(['botox', 'facelift']);
    // Sliding expiry: the same token, re-sent with its flags.
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toContain(alice.cookie);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=lax/i);
    expect(setCookie).toMatch(/Max-Age=34560000/);
    expect(setCookie).not.toMatch(/Secure/i);

    expect(await (await bookmarkState(request('/api/bookmarks/state', bob.cookie))).json()).toEqual({ slugs: ['lip-filler'] });
  });

  it('gives an empty list, and no cookie, to visitors without a valid cookie', async () => {
    for (const cookie of [undefined, 'pc_visitor=forged', `pc_visitor=${'A'.repeat(43)}`]) {
      const response = await bookmarkState(request('/api/bookmarks/state', cookie));
      expect(await response.json()).toEqual({ slugs: [] });
      if (cookie === undefined || cookie === 'pc_visitor=forged') expect(response.headers.get('set-cookie')).toBeNull();
    }
  });

  it('marks the refreshed cookie Secure behind an https proxy', async () => {
    const me = newVisitor();
    const response = await bookmarkState(request('/api/bookmarks/state', me.cookie, { 'x-forwarded-proto': 'https' }));
    expect(response.headers.get('set-cookie')).toMatch(/Secure/i);
  });
});

describe('GET /api/bookmarks/export', () => {
  it('downloads the caller’s list as escaped CSV with notes', async () => {
    const me = newVisitor();
    const other = newVisitor();
    await addBookmark(me.id, 'botox');
    await setNote(me.id, 'botox', '=cmd|"/c calc"!A1, then "ask"');
    await addBookmark(other.id, 'facelift');
    await setNote(other.id, 'facelift', 'OTHER-VISITOR-NOTE');

    const response = await exportBookmarks(request('/api/bookmarks/export?format=csv', me.cookie));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="saved-procedures-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const text = await response.text();
    const lines = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('Procedure,Saved at (UTC),Recovery,Recovery max days,Cost,Risk,Note,Questions to ask,Link');
    expect(lines).toHaveLength(2);
    // The questions for a neuromodulator, general first, in one cell joined by " | ".
    const questions = questionTexts({ category: 'neuromodulator' });
    expect(questions.some((q) => /FDA-approved/.test(q))).toBe(true);
    expect(lines[1]).toContain(questions.join(' | ').replace(/"/g, '""'));
    expect(lines[1]).toContain(`"'=cmd|""/c calc""!A1, then ""ask"""`);
    expect(lines[1]).toContain('http://localhost:3000/procedures/botox');
    expect(text).not.toContain('OTHER-VISITOR-NOTE');
  });

  it('downloads JSON, and refuses an unknown format with a 400', async () => {
    const me = newVisitor();
    await addBookmark(me.id, 'facelift');
    await setNote(me.id, 'facelift', 'json note');
    const response = await exportBookmarks(request('/api/bookmarks/export?format=json', me.cookie));
    expect(response.headers.get('content-disposition')).toMatch(/filename="saved-procedures-.*\.json"/);
    const body = (await response.json()) as { bookmarks: { slug: string; note: string | null; questions: string[] }[] };
    expect(body.bookmarks).toEqual([expect.objectContaining({ slug: 'facelift', note: 'json note' })]);
    // A surgery's questions: the general ones, then who gives the anesthesia and the facility's accreditation.
    expect(body.bookmarks[0]?.questions).toEqual(questionTexts({ category: 'surgery' }));
    expect(body.bookmarks[0]?.questions.join('\n')).toMatch(/anesthesia[\s\S]*accredited/);

    expect((await exportBookmarks(request('/api/bookmarks/export?format=xml', me.cookie))).status).toBe(400);
    const anonymous = await exportBookmarks(request('/api/bookmarks/export?format=json'));
    expect(((await anonymous.json()) as { bookmarks: unknown[] }).bookmarks).toEqual([]);
  });
});

describe('GET /bookmarks/compare (the no-JavaScript compare form)', () => {
  const location = (path: string) => {
    const response = compareRedirect(request(path));
    expect(response.status).toBe(303);
    return response.headers.get('location');
  };

  it('sends 2 to 4 ticked procedures to /compare?ids=a,b', () => {
    expect(location('/bookmarks/compare?ids=botox&ids=facelift')).toBe('/compare?ids=botox,facelift');
    expect(location('/bookmarks/compare?ids=a&ids=b&ids=c&ids=d')).toBe('/compare?ids=a,b,c,d');
  });

  it('refuses more than 4 (or fewer than 2) with a message, keeping the ticks', () => {
    expect(location('/bookmarks/compare?sort=recovery&ids=a&ids=b&ids=c&ids=d&ids=e')).toBe(
      '/bookmarks?sort=downtime&error=compare-too-many&selected=a,b,c,d,e#compare',
    );
    expect(location('/bookmarks/compare?ids=a')).toBe('/bookmarks?error=compare-too-few&selected=a#compare');
    expect(location('/bookmarks/compare?ids=%2F%2Fevil.example')).toBe('/bookmarks?error=invalid-input');
  });
  it('"Plan ticked as one treatment" sends 2 or 3 to /plan as a treatment plan, and refuses 4', () => {
    expect(location('/bookmarks/compare?then=plan&ids=microneedling&ids=botox')).toBe('/plan?treatment=botox&treatment=microneedling');
    expect(location('/bookmarks/compare?then=plan&ids=a&ids=b&ids=c&ids=d')).toBe(
      '/bookmarks?error=plan-too-many&selected=a,b,c,d#compare',
    );
    expect(location('/bookmarks/compare?then=plan&ids=a')).toBe('/bookmarks?error=compare-too-few&selected=a#compare');
  });
});

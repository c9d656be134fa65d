import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/bench/free-port';
import { treeRssBytes } from '../../scripts/bench/next-server';
import { BODY_LIMITS, REQUEST_TIMEOUT_MS, bodyLimitFor } from '@/lib/http/body-limits.mjs';
import { noteFieldName } from '@/lib/bookmarks/schema';
import { startAppServer, type AppServer } from './support/app-server';
import { postToggle, sendToggle, toggleActionId, visitorHeaders, type Visitor } from './support/bookmark-http';
import { createSeededDatabase, type SeededDatabase } from './support/seeded-database';

// Bodies as an attacker or a broken client sends them, over real HTTP to `next start` with the
// options of `npm start`: too large (refused from the Content-Length, never buffered), stalled
// or shorter than announced (cut off in seconds), and server-action posts that are forged,
// foreign or oversized (a 4xx with a message; nothing written). Its own server and database, so
// its memory can be watched.

const NINE_MB = 9 * 1024 * 1024;
const MB = 1024 * 1024;

let database: SeededDatabase;
let server: AppServer;

beforeAll(async () => {
  database = await createSeededDatabase('limits');
  server = await startAppServer(database.url, await freePort());
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

/** The visitor's saved bookmarks with their notes, from the export the visitor can download. */
async function savedNotes(visitor: Visitor): Promise<Record<string, string | null>> {
  const response = await fetch(`${server.url}/api/bookmarks/export?format=json`, { headers: visitorHeaders(visitor) });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { bookmarks: { slug: string; note: string | null }[] };
  return Object.fromEntries(body.bookmarks.map((item) => [item.slug, item.note]));
}

/**
 * The notes form on /bookmarks as a browser without JavaScript posts it: the form's own hidden
 * fields (its action among them) and every field that names it with `form=`, the notes included.
 */
async function notesForm(visitor: Visitor): Promise<FormData> {
  const html = await (await fetch(`${server.url}/bookmarks`, { headers: visitorHeaders(visitor) })).text();
  // The form a note's box names (form="…"), wherever it sits on the page.
  const id = /<textarea[^>]*\bform="([^"]+)"/.exec(html)?.[1];
  const form = id ? new RegExp(`<form[^>]*\\bid="${id}"[^>]*>.*?</form>`, 's').exec(html)?.[0] : undefined;
  if (!form || !id) throw new Error('No notes form on /bookmarks');
  const unescape = (value: string) => value.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const data = new FormData();
  const fields = [...form.matchAll(/<input[^>]*>/g), ...html.matchAll(new RegExp(`<(?:input|textarea)[^>]*\\bform="${id}"[^>]*>`, 'g'))];
  for (const [field] of fields) {
    const name = /name="([^"]*)"/.exec(field)?.[1];
    if (name) data.set(unescape(name), unescape(/value="([^"]*)"/.exec(field)?.[1] ?? ''));
  }
  return data;
}

/** Sends a raw request and resolves with what the server answered and when, once it closes or times out. */
function rawRequest(head: string, body: string, waitMs: number): Promise<{ answer: string; ms: number; closed: boolean }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve) => {
    const started = performance.now();
    let answer = '';
    const socket = net.connect(Number(port), hostname, () => socket.write(head + body));
    const done = (closed: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ answer, ms: performance.now() - started, closed });
    };
    const timer = setTimeout(() => done(false), waitMs);
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('close', () => done(true));
    socket.on('error', () => undefined);
  });
}

describe('request bodies', () => {
  it('a 9 MB body to each write route is refused with 413, and 100 of them leave memory within 50 MB', { timeout: 180_000 }, async () => {
    const actionId = await toggleActionId(server.url);
    const huge = new Uint8Array(NINE_MB).fill(0x61);
    const writes: { name: string; send: () => Promise<Response> }[] = [
      ...(['PUT', 'PATCH', 'DELETE'] as const).map((method) => ({
        name: `${method} /api/bookmarks/botox`,
        send: () => fetch(`${server.url}/api/bookmarks/botox`, { method, body: huge, headers: { 'Content-Type': 'application/json' } }),
      })),
      {
        name: 'the bookmark toggle (a server action)',
        send: () => {
          const form = new FormData();
          form.set(`$ACTION_ID_${actionId}`, '');
          form.set('slug', 'botox');
          form.set('intent', 'save');
          form.set('returnTo', new TextDecoder().decode(huge));
          return fetch(`${server.url}/procedures/botox`, {
            method: 'POST',
            body: form,
            headers: { Origin: server.url },
            redirect: 'manual',
          });
        },
      },
    ];
    // Every route once (which also loads each route's code), with its answer.
    for (const write of writes) {
      const response = await write.send();
      expect(response.status, write.name).toBe(413);
      expect(await response.text(), write.name).toMatch(/larger than the \d+ bytes this address accepts; nothing was saved/);
    }

    const before = treeRssBytes(server.process.pid!);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRssBytes(server.process.pid!))), 50);
    try {
      const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => writes[i % writes.length]!.send().then((r) => r.status)));
      expect(answers).toEqual(answers.map(() => 413));
    } finally {
      clearInterval(sampler);
    }
    console.info(`100 × 9 MB bodies: server RSS ${(before / MB).toFixed(0)} MB before, peak ${(peak / MB).toFixed(0)} MB`);
    expect(peak - before).toBeLessThan(50 * MB);
  });

  it('a body that stalls, or is shorter than its Content-Length, is cut off within 10 s', { timeout: 60_000 }, async () => {
    const { host } = new URL(server.url);
    const patch = (length: number) =>
      `PATCH /api/bookmarks/botox HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;
    // Within the limit, half sent, then nothing.
    const stalled = await rawRequest(patch(BODY_LIMITS['PATCH /api/bookmarks/[slug]']!), '{"note": "ha', 20_000);
    // 50 MB announced, 1 MB sent.
    const lying = await rawRequest(patch(50 * MB), 'x'.repeat(MB), 20_000);
    for (const [name, result] of Object.entries({ stalled, lying })) {
      expect(result.closed, `${name}: ${result.answer}`).toBe(true);
      expect(result.ms, name).toBeLessThan(10_000);
      expect(result.answer, name).toMatch(/^HTTP\/1\.1 4(08|13) /);
    }
    console.info(
      `stalled body answered in ${Math.round(stalled.ms)} ms, lying body in ${Math.round(lying.ms)} ms (limit ${REQUEST_TIMEOUT_MS} ms)`,
    );
  });
});

describe('hostile server-action posts get a 4xx and write nothing', () => {
  it('a 1 MB note through the site’s own note form: 413', async () => {
    const actionId = await toggleActionId(server.url);
    const visitor: Visitor = { cookie: null };
    expect(await postToggle(server.url, actionId, visitor, 'botox')).toBe(true);
    const form = await notesForm(visitor);
    expect(form.has(noteFieldName('botox'))).toBe(true);
    form.set(noteFieldName('botox'), 'n'.repeat(MB));
    const response = await fetch(`${server.url}/bookmarks`, {
      method: 'POST',
      body: form,
      headers: { Origin: server.url, ...visitorHeaders(visitor) },
      redirect: 'manual',
    });
    expect(response.status).toBe(413);
    expect(await response.text()).toMatch(new RegExp(`larger than the ${bodyLimitFor('POST', '/bookmarks')} bytes`));
    expect(await savedNotes(visitor)).toEqual({ botox: null });
  });

  it('the real toggle form posted from another site: 403', async () => {
    const actionId = await toggleActionId(server.url);
    const form = new FormData();
    form.set(`$ACTION_ID_${actionId}`, '');
    form.set('slug', 'botox');
    form.set('intent', 'save');
    const response = await fetch(`${server.url}/procedures/botox`, {
      method: 'POST',
      body: form,
      headers: { Origin: 'https://attacker.example' },
      redirect: 'manual',
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/only be sent from this site; nothing was saved/);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('a forged action id: 404 or 400, for a form post and for a JavaScript call alike', async () => {
    const visitor: Visitor = { cookie: null };
    const actionId = await toggleActionId(server.url);
    expect(await postToggle(server.url, actionId, visitor, 'botox')).toBe(true);
    const forged = 'f'.repeat(actionId.length);
    const form = new FormData();
    form.set(`$ACTION_ID_${forged}`, '');
    form.set('slug', 'lip-filler');
    form.set('intent', 'save');
    const headers = { Origin: server.url, ...visitorHeaders(visitor) };
    const post = await fetch(`${server.url}/procedures/lip-filler`, { method: 'POST', body: form, headers, redirect: 'manual' });
    const call = await fetch(`${server.url}/procedures/lip-filler`, {
      method: 'POST',
      body: JSON.stringify([{ slug: 'lip-filler', saved: true }]),
      headers: { ...headers, 'Next-Action': forged, 'Content-Type': 'text/plain;charset=UTF-8' },
      redirect: 'manual',
    });
    // Next answers 409 "Server Action unavailable." for an id shaped like its own that this build
    // does not have; the server's edge makes it 404 (lib/http/server-edge.mjs), keeping the header
    // Next's client reloads an old page on.
    for (const [name, response] of Object.entries({ post, call })) {
      expect(response.status, name).toBe(404);
      expect(response.headers.get('x-nextjs-action-not-found'), name).toBe('1');
      expect(await response.text(), name).toMatch(/Server Action/);
    }
    const malformed = await fetch(`${server.url}/procedures/lip-filler`, {
      method: 'POST',
      body: '[]',
      headers: { ...headers, 'Next-Action': 'not-an-action', 'Content-Type': 'text/plain;charset=UTF-8' },
      redirect: 'manual',
    });
    expect(malformed.status).toBe(400);
    expect(Object.keys(await savedNotes(visitor))).toEqual(['botox']);
  });

  it('the toggle still works as a form post from the site itself', async () => {
    const visitor: Visitor = { cookie: null };
    const response = await sendToggle(server.url, await toggleActionId(server.url), visitor, 'lip-filler', 'save');
    expect(response.status).toBe(303);
    expect(Object.keys(await savedNotes(visitor))).toEqual(['lip-filler']);
  });
});

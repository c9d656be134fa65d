// Bookmarks over plain HTTP, the way a browser without JavaScript saves one: read the toggle
// form's server-action id from a procedure page, post the form, follow nothing. Lets restart,
// crash and scale-out tests make hundreds of real writes without driving a browser.

import { VISITOR_COOKIE } from '@/lib/bookmarks/server/visitor';

export type Visitor = { cookie: string | null };

/** The toggle form's action id (one per build, so every server on the same build shares it). */
export async function toggleActionId(baseUrl: string): Promise<string> {
  const html = await (await fetch(`${baseUrl}/procedures/botox`)).text();
  for (const [form] of html.matchAll(/<form[^>]*>.*?<\/form>/gs)) {
    if (!form.includes('name="intent"')) continue;
    const id = /name="\$ACTION_ID_([0-9a-f]+)"/.exec(form)?.[1];
    if (id) return id;
  }
  throw new Error('No bookmark toggle form on /procedures/botox');
}

/** The visitor's Cookie header, if the server has given it one. */
export function visitorHeaders(visitor: Visitor): Record<string, string> {
  return visitor.cookie ? { Cookie: `${VISITOR_COOKIE}=${visitor.cookie}` } : {};
}

/** Posts the toggle form for one procedure; keeps the visitor cookie the answer sets, if any. */
export async function sendToggle(
  baseUrl: string,
  actionId: string,
  visitor: Visitor,
  slug: string,
  intent: 'save' | 'remove',
): Promise<Response> {
  const form = new FormData();
  form.set(`$ACTION_ID_${actionId}`, '');
  form.set('slug', slug);
  form.set('intent', intent);
  form.set('returnTo', `/procedures/${slug}`);
  const headers = { Origin: baseUrl, ...visitorHeaders(visitor) };
  const response = await fetch(`${baseUrl}/procedures/${slug}`, { method: 'POST', body: form, headers, redirect: 'manual' });
  const issued = new RegExp(`${VISITOR_COOKIE}=([^;]+)`).exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (issued) visitor.cookie = issued;
  return response;
}

/**
 * Saves (or removes) one bookmark. Returns true only when the server acknowledged the write:
 * a redirect back to the page saying it was saved or removed.
 */
export async function postToggle(
  baseUrl: string,
  actionId: string,
  visitor: Visitor,
  slug: string,
  intent: 'save' | 'remove' = 'save',
): Promise<boolean> {
  const response = await sendToggle(baseUrl, actionId, visitor, slug, intent);
  const location = response.headers.get('location') ?? '';
  return response.status === 303 && location.endsWith(`#bookmark-${intent === 'save' ? 'saved' : 'removed'}-${slug}`);
}

/** The slugs the server has saved for this visitor (the same endpoint the toggles read). */
export async function savedSlugs(baseUrl: string, visitor: Visitor): Promise<string[]> {
  const response = await fetch(`${baseUrl}/api/bookmarks/state`, { headers: visitorHeaders(visitor) });
  if (!response.ok) throw new Error(`/api/bookmarks/state answered ${response.status}`);
  const body = (await response.json()) as { slugs: string[] };
  return [...body.slugs].sort();
}

import { jsonError } from './errors';

// Cross-site request protection for route handlers that write. Server actions get Next's own
// check (the Origin's host must match the Host / X-Forwarded-Host the request came in on);
// route handlers get nothing from Next, so they run this one, which applies the same rule.

/** The host the browser addressed: the first X-Forwarded-Host hop (behind a proxy), else Host. */
export function requestHost(headers: Headers): string | undefined {
  return headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host') || undefined;
}

/**
 * True when a browser sent this request from another site. A request without an Origin header
 * is not a cross-site browser write (browsers send Origin on every PUT, PATCH and DELETE), so
 * it passes unless Sec-Fetch-Site says otherwise; an opaque "null" origin never passes.
 */
export function isCrossOriginRequest(headers: Headers): boolean {
  const origin = headers.get('origin');
  if (origin === null) return headers.get('sec-fetch-site') === 'cross-site';
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true;
  }
  const host = requestHost(headers);
  return !host || originHost.toLowerCase() !== host.toLowerCase();
}

export function jsonForbiddenOrigin(): Response {
  return jsonError('forbidden_origin', 'Requests from other sites cannot change bookmarks.', {
    headers: { 'Cache-Control': 'no-store' },
  });
}

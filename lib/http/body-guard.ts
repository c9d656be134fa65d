import { bodyRefusal } from './body-limits.mjs';
import { type ApiErrorCode, jsonError } from './errors';
import { isCrossOriginRequest } from './origin';

// The checks proxy.ts runs on every request that can carry a body, from its headers alone:
// - a form post to a page (a server action) from another site: 403, as route handlers do;
// - a body its route does not accept (lib/http/body-limits.mjs): too large 413, no length 411.
// Under `npm start` the server's edge (lib/http/server-edge.mjs) has already refused those
// bodies without reading them; this covers `next dev`. A body that stalls is cut off by the
// server's request timeout.

function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}

/** Pages: the answer a browser without JavaScript shows for a form post. */
function plain(status: number, message: string): Response {
  return new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/** The answer for a request refused before its body is read, or null to let it through. */
export function refuseBody(request: Request, pathname: string): Response | null {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return null;
  const api = isApiPath(pathname);
  if (!api && isCrossOriginRequest(request.headers)) {
    return plain(403, 'Forms on this site can only be sent from this site; nothing was saved.');
  }
  const refusal = bodyRefusal(request.method, pathname, request.headers);
  if (!refusal) return null;
  return api ? jsonError(refusal.error satisfies ApiErrorCode, refusal.message) : plain(refusal.status, refusal.message);
}

import { requestHost } from '../../http/origin';
import { createToken, hashToken, isWellFormedToken } from './tokens';

// The anonymous visitor cookie, without Next: pure helpers shared by server actions (through
// lib/bookmarks/server/session.ts) and route handlers, which read the Cookie header of their Request.

export const VISITOR_COOKIE = 'pc_visitor';
/** Browsers cap cookie lifetimes at 400 days; writes refresh it, so active lists never expire. */
export const VISITOR_COOKIE_MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

export type CookieOptions = {
  httpOnly: boolean;
  sameSite: 'lax';
  secure: boolean;
  path: string;
  maxAge: number;
};

/** The first value of `name` in a Cookie header (RFC 6265: `a=1; b=2`), undecoded. */
export function readCookie(header: string | null | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** Visitor.id for a cookie token; null for a missing or malformed one (never trusted as-is). */
export function visitorIdFromToken(token: string | undefined): string | null {
  return isWellFormedToken(token) ? hashToken(token) : null;
}

export function visitorIdFromRequest(request: Request): string | null {
  return visitorIdFromToken(readCookie(request.headers.get('cookie'), VISITOR_COOKIE));
}

/**
 * Whether the browser reached us over HTTPS: the first X-Forwarded-Proto hop (Next sets it
 * itself when no proxy did), else the request URL. Only decides the cookie's Secure flag.
 */
export function isHttpsRequest(headers: Headers, url?: string): boolean {
  const forwarded = headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === 'https';
  return url ? new URL(url).protocol === 'https:' : false;
}

export function visitorCookieOptions(secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: VISITOR_COOKIE_MAX_AGE_SECONDS };
}

/** The site's own origin as the browser sees it, for absolute links (share URL, exports). */
export function requestOrigin(headers: Headers, url?: string): string {
  const host = requestHost(headers) ?? (url ? new URL(url).host : 'localhost');
  return `${isHttpsRequest(headers, url) ? 'https' : 'http'}://${host}`;
}

/** A request's visitor: the cookie's, or a new one whose cookie is sent only once a write succeeded. */
export type RequestVisitor = { id: string; token: string; isNew: boolean };

export function visitorOfRequest(request: Request): RequestVisitor {
  const existing = readCookie(request.headers.get('cookie'), VISITOR_COOKIE);
  const token = isWellFormedToken(existing) ? existing : createToken();
  return { id: hashToken(token), token, isNew: token !== existing };
}

/** The Set-Cookie header that (re)sends the visitor cookie: the same options server actions use. */
export function visitorSetCookie(request: Request, token: string): string {
  const options = visitorCookieOptions(isHttpsRequest(request.headers, request.url));
  return [
    `${VISITOR_COOKIE}=${token}`,
    `Path=${options.path}`,
    `Max-Age=${options.maxAge}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}

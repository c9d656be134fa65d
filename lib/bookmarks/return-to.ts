// Where a form sends the browser back to. Only a same-origin path is accepted, never an absolute
// URL: "//evil.example", "/\evil.example" and "https://…" would all leave the site.

const BASE = 'http://return-to.invalid';
const MAX_LENGTH = 2000;

export function safeReturnTo(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  // Browsers treat a backslash like a slash and drop tabs/newlines inside URLs, so any of
  // these could turn "/x" into a protocol-relative URL after parsing.
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  return `${url.pathname}${url.search}`;
}

/** returnTo plus a fragment naming a message element (see the bookmark toggle's :target notes). */
export function withFragment(path: string, fragment: string): string {
  return `${path}#${encodeURIComponent(fragment)}`;
}

/**
 * The page a form was posted from, when its Referer names this host: markup shared by many
 * pages (the bookmark toggle) cannot know its own path without rendering per request.
 */
export function refererPath(referer: string | null, host: string | null): string | null {
  if (!referer || !host) return null;
  try {
    const url = new URL(referer);
    return url.host === host ? safeReturnTo(`${url.pathname}${url.search}`, '') || null : null;
  } catch {
    return null;
  }
}

/**
 * The query string the browser was on, taken from the Referer when it names the same host and
 * path: a server-rendered form knows only its path. The result is still a relative path, so a
 * forged Referer can at most change the query of the page being returned to.
 */
export function addRefererQuery(path: string, referer: string | null, host: string | null): string {
  if (!referer || !host || path.includes('?')) return path;
  try {
    const url = new URL(referer);
    return url.host === host && url.pathname === path ? safeReturnTo(`${path}${url.search}`, path) : path;
  } catch {
    return path;
  }
}

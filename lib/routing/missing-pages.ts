import { isWellFormedToken } from '../bookmarks/server/tokens';
import { parseConcernSlug } from '../concerns/concern-url';
import { slugSchema } from '../procedures/slug';
import { knownProcedureSlugs } from './known-slugs';

// Next 16 answers a page's notFound() with an empty HTML shell: the message is only in React's
// payload, drawn by the browser's script (vercel/next.js#62228), so a visitor without JavaScript,
// or before it runs, got a blank page, and the page cache kept it. proxy.ts asks here first
// whether an address names something that cannot exist, and rewrites it, with a 404, to a static
// page that says so in its HTML. Pages still call notFound() for the rest (a share token that is
// well-formed but unknown or revoked, a procedure removed a moment ago).

/** Where each kind of missing thing is explained: static pages, reachable only through this rewrite. */
export const MISSING_PAGES = {
  procedure: '/missing/procedure',
  concern: '/missing/concern',
  shared: '/missing/shared',
  page: '/_not-found',
} as const;

const MISSING_PREFIX = '/missing/';

/** The /about pages there are (app/about/[topic]/page.tsx). */
export const ABOUT_TOPICS = ['data', 'planner'] as const;

/** The page to show instead, when `pathname` names a procedure, concern or page that does not exist. */
export async function missingPageFor(pathname: string): Promise<string | null> {
  if (pathname.startsWith(MISSING_PREFIX)) return MISSING_PAGES.page;
  const [, section, segment, ...rest] = pathname.split('/');
  if (!segment || rest.length > 0) return null;
  switch (section) {
    case 'concerns':
      return parseConcernSlug(segment) ? null : MISSING_PAGES.concern;
    case 'about':
      return (ABOUT_TOPICS as readonly string[]).includes(segment) ? null : MISSING_PAGES.page;
    // A well-formed token is looked up by the page (a revoked one still gets Next's shell).
    case 'shared':
      return isWellFormedToken(segment) ? null : MISSING_PAGES.shared;
    // A well-formed slug is checked against the catalog's slugs when the server can say
    // (lib/routing/known-slugs.ts); when it cannot, the page answers for itself.
    case 'procedures': {
      if (!slugSchema.safeParse(segment).success) return MISSING_PAGES.procedure;
      const known = await knownProcedureSlugs();
      return known && !known.has(segment) ? MISSING_PAGES.procedure : null;
    }
    default:
      return null;
  }
}

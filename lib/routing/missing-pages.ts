import { isWellFormedToken } from '../bookmarks/server/tokens';
import { parseConcernSlug } from '../concerns/concern-url';
import { slugSchema } from '../procedures/slug';
import { knownProcedureSlugs } from './known-slugs';

// Next 16 answers a page's notFound() with an empty HTML shell: the message is only in React's
// payload, drawn by the browser's script (vercel/next.js#62228), so a visitor without JavaScript,
// or before it runs, got a blank page, and the page cache kept it. Next's own not-found route
// renders in full, so proxy.ts asks here first whether an address names something that does not
// exist, and rewrites it, with a 404, to that route (app/not-found.tsx: "We couldn't find that
// page"). The routes' own wording ("We don't have that procedure") still comes with JavaScript,
// where a page's notFound() is drawn: Next renders the not-found page's HTML only as a route, and
// a not-found page that varied by address would have to read the request, which makes every
// cached page (whose tree holds it) dynamic. Pages still call notFound() for the rest (a
// share token that is well-formed but unknown or revoked, a procedure removed a moment ago).

/** The /about pages there are (app/about/[topic]/page.tsx). */
export const ABOUT_TOPICS = ['data', 'planner'] as const;

/** Whether `pathname` names a procedure, concern, page or share token that does not exist. */
export async function namesNothing(pathname: string): Promise<boolean> {
  const [, section, segment, ...rest] = pathname.split('/');
  if (!segment || rest.length > 0) return false;
  switch (section) {
    case 'concerns':
      return !parseConcernSlug(segment);
    case 'about':
      return !(ABOUT_TOPICS as readonly string[]).includes(segment);
    // A well-formed token is looked up by the page (a revoked one still gets Next's shell).
    case 'shared':
      return !isWellFormedToken(segment);
    // A well-formed slug is checked against the catalog's slugs when the server can say
    // (lib/routing/known-slugs.ts); when it cannot, the page answers for itself.
    case 'procedures': {
      if (!slugSchema.safeParse(segment).success) return true;
      const known = await knownProcedureSlugs();
      return known !== null && !known.has(segment);
    }
    default:
      return false;
  }
}

import { isDatabaseUnavailable } from './lib/http/database-unavailable';
import { markOutage } from './lib/http/outage-page.mjs';

// Next calls onRequestError for every error on the server while it renders a page, runs an
// action or a route. A page that failed because the database cannot be reached is marked, so the
// server's edge answers it 503 with a message instead of Next's 500 (lib/http/outage-page.mjs).

type RequestInfo = { headers: Record<string, string | string[] | undefined> };

export function onRequestError(error: unknown, request: RequestInfo): void {
  if (isDatabaseUnavailable(error)) markOutage(request.headers);
}

// At start-up, in the Node.js server only: how proxy.ts learns which procedure slugs exist
// (lib/routing/known-slugs.ts). Only a loader is registered; nothing is read until a request asks.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ provideProcedureSlugs }, { getProcedureSlugs }] = await Promise.all([
    import('./lib/routing/known-slugs'),
    import('./lib/procedures/list/queries'),
  ]);
  provideProcedureSlugs(getProcedureSlugs);
}

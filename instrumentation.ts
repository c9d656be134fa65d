import { isDatabaseUnavailable } from './lib/http/database-unavailable';
import { markOutage } from './lib/http/outage-page.mjs';

// Next calls onRequestError for every error on the server while it renders a page, runs an
// action or a route. A page that failed because the database cannot be reached is marked, so the
// server's edge answers it 503 with a message instead of Next's 500 (lib/http/outage-page.mjs).

type RequestInfo = { headers: Record<string, string | string[] | undefined> };

export function onRequestError(error: unknown, request: RequestInfo): void {
  if (isDatabaseUnavailable(error)) markOutage(request.headers);
}

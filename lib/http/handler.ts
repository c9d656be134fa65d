import { isDatabaseUnavailable } from './database-unavailable';
import { jsonError } from './errors';
import { RETRY_AFTER_SECONDS } from './outage-page.mjs';

// What an unexpected failure answers (lib/http/api.ts calls this for every route): an unreachable
// database is a JSON 503 with Retry-After (clients and load balancers retry), anything else a
// JSON 500 that names no internals. Details go to the server log.

export { RETRY_AFTER_SECONDS };

export function errorResponse(error: unknown): Response {
  if (isDatabaseUnavailable(error)) {
    return jsonError('unavailable', 'The database cannot be reached right now; try again shortly.', {
      details: { retryAfterSeconds: RETRY_AFTER_SECONDS },
      headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
    });
  }
  return jsonError('internal_error', 'Something went wrong on our side; the request was not completed.');
}

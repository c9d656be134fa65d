import { unstable_rethrow } from 'next/navigation';
import { isDatabaseUnavailable } from './database-unavailable';
import { jsonError } from './errors';

// Every API route handler is wrapped in this, so no route answers Next's HTML error page: an
// unreachable database is a JSON 503 with Retry-After (clients and load balancers retry), and
// anything else unexpected is a JSON 500 that names no internals. Details go to the server log.

/** Long enough for a restart or failover to finish, short enough that a retry soon succeeds. */
export const RETRY_AFTER_SECONDS = 10;

type RouteHandler<Rest extends unknown[]> = (request: Request, ...rest: Rest) => Promise<Response>;

export function errorResponse(error: unknown): Response {
  if (isDatabaseUnavailable(error)) {
    return jsonError('unavailable', 'The database cannot be reached right now; try again shortly.', {
      details: { retryAfterSeconds: RETRY_AFTER_SECONDS },
      headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
    });
  }
  return jsonError('internal_error', 'Something went wrong on our side; the request was not completed.');
}

export function withApiErrors<Rest extends unknown[]>(handler: RouteHandler<Rest>): RouteHandler<Rest> {
  return async (request, ...rest) => {
    try {
      return await handler(request, ...rest);
    } catch (error) {
      // notFound(), redirect() and the like are Next's control flow, not failures.
      unstable_rethrow(error);
      console.error(`${request.method} ${new URL(request.url).pathname} failed`, error);
      return errorResponse(error);
    }
  };
}

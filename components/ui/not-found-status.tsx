import { notFound } from 'next/navigation';
import { Suspense } from 'react';

function NotFoundSignal(): never {
  notFound();
}

/**
 * Makes a cached page that renders its own not-found message answer 404.
 *
 * notFound() thrown by a page leaves Next's server HTML an empty shell: React's server renderer
 * runs no error boundaries, so the segment's not-found.tsx is drawn by the browser only, and a
 * visitor without JavaScript sees a blank page. So a page with nothing to show renders the
 * message itself, then this: notFound() inside a Suspense boundary, which Next's render for the
 * cache turns into the 404 status while keeping the HTML around the boundary, and stores with
 * the page. In the browser the segment's not-found.tsx takes over with the same message.
 * Next's per-request render ignores it: a dynamic page uses markNotFound (lib/http/not-found-mark.mjs).
 */
export function NotFoundStatus() {
  return (
    <Suspense fallback={null}>
      <NotFoundSignal />
    </Suspense>
  );
}

import { describe, expect, it } from 'vitest';
import { baseUrl } from './support/browser';

// Not-found pages say so in their HTML, as served: for a visitor without JavaScript, before it
// runs, and in the page cache. Next's own answer to a page's notFound() is an empty shell, so
// proxy.ts rewrites these addresses to the site's not-found page (lib/routing/missing-pages.ts).

const PATHS = [
  '/procedures/no-such-procedure',
  '/procedures/Not_A_Slug!',
  '/concerns/no-such-concern',
  '/about/zzz',
  '/shared/abc',
  '/zzz',
];
const MESSAGE = /We couldn(&#x27;|')t find that page/;

describe('not-found pages', () => {
  for (const path of PATHS) {
    it(`${path}: a 404 with its message in the HTML, twice in a row (the cached answer too)`, async () => {
      for (let attempt = 0; attempt < 2; attempt++) {
        const response = await fetch(`${baseUrl()}${path}`, { headers: { accept: 'text/html' } });
        expect(response.status, path).toBe(404);
        const html = await response.text();
        const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
        expect(markup, path).toMatch(MESSAGE);
        expect(markup, path).not.toContain('__next_error__');
      }
    });
  }
});

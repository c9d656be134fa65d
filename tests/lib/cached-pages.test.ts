import fs from 'node:fs';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { CATALOG_REVALIDATE_SECONDS, GUIDE_ROUTE, isCachedCatalogPage, isInternalCatalogRoute } from '@/lib/cache/cached-pages.mjs';
import { proxy } from '@/proxy';

// The cached catalog pages are named in two places that must agree: the route files (which pages
// Next caches: those with generateStaticParams) and lib/cache/cached-pages.mjs (which pages
// proxy.ts leaves to the page cache's hash-based policy instead of a nonce).

const APP_DIR = path.resolve(import.meta.dirname, '../../app');

function pageFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pageFiles(full);
    return entry.name === 'page.tsx' ? [full] : [];
  });
}

/** A URL the route answers, with each dynamic segment filled in. */
function sampleUrl(file: string): string {
  const route = path.relative(APP_DIR, path.dirname(file)).split(path.sep).filter(Boolean);
  return `/${route.map((segment) => (segment.startsWith('[') ? 'sample' : segment)).join('/')}`;
}

const pages = pageFiles(APP_DIR).map((file) => {
  const source = fs.readFileSync(file, 'utf8');
  return {
    file: path.relative(APP_DIR, file),
    url: sampleUrl(file),
    source,
    cached: /export function generateStaticParams\(/.test(source),
  };
});

describe('cached catalog pages', () => {
  it('are the guide, procedure, concern and about pages, and only those', () => {
    expect(
      pages
        .filter((page) => page.cached)
        .map((page) => page.file)
        .sort(),
    ).toEqual(['about/[topic]/page.tsx', 'concerns/[concern]/page.tsx', 'guide/[section]/page.tsx', 'procedures/[slug]/page.tsx']);
  });

  it('all re-render after CATALOG_REVALIDATE_SECONDS and prerender nothing at build time', () => {
    for (const page of pages.filter((p) => p.cached)) {
      expect(page.source, page.file).toContain(`export const revalidate = ${CATALOG_REVALIDATE_SECONDS};`);
      expect(page.source, page.file).toMatch(/export function generateStaticParams\(\) \{\n\s+return \[\];\n\}/);
      expect(page.source, page.file).not.toContain('force-dynamic');
    }
  });

  it('get the page cache’s policy exactly where Next caches them', () => {
    for (const page of pages) {
      const url = page.url.startsWith('/guide/') ? '/' : page.url;
      expect(isCachedCatalogPage(url), page.file).toBe(page.cached);
    }
    expect(isInternalCatalogRoute(GUIDE_ROUTE)).toBe(true);
    expect(isCachedCatalogPage('/procedures/botox/extra')).toBe(false);
  });
});

describe('proxy', () => {
  const run = (pathname: string) => proxy(new NextRequest(new URL(pathname, 'http://localhost')));

  it('leaves the policy of cached pages to the page cache', async () => {
    for (const pathname of ['/', '/procedures/botox', '/concerns/wrinkles', '/about/data']) {
      expect((await run(pathname)).headers.get('content-security-policy'), pathname).toBeNull();
    }
  });

  it('gives pages rendered per request a fresh nonce', async () => {
    const responses = await Promise.all(['/procedures', '/procedures', '/plan', '/bookmarks'].map(run));
    const policies = responses.map((response) => response.headers.get('content-security-policy') ?? '');
    for (const policy of policies) expect(policy).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
    expect(new Set(policies).size).toBe(policies.length);
  });

  it('answers the internal address behind "/" with the not-found page', async () => {
    const response = await run(GUIDE_ROUTE);
    expect(response.status).toBe(404);
    expect(response.headers.get('x-middleware-rewrite')).toContain('/_not-found');
  });
});

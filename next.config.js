// @ts-check

import { fileURLToPath } from 'node:url';
import { GUIDE_ROUTE } from './lib/cache/cached-pages.mjs';
import { MAX_BODY_LIMIT } from './lib/http/body-limits.mjs';
import { COMMON_SECURITY_HEADERS, NON_PAGE_CONTENT_SECURITY_POLICY } from './lib/security/static-headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files it loads from its own package folder at run time,
  // so these must stay real node_modules packages rather than being bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@prisma/adapter-pg', 'pg'],
  poweredByHeader: false,
  // Next would hash every cached page's whole HTML on every request to make an ETag (~15 % of the
  // cost of serving one from the cache). Cached pages are fresh for 30 s at a CDN and re-sent in
  // full after that; per-request pages never had one.
  generateEtags: false,
  reactStrictMode: true,
  // Cached catalog pages get a hash-based CSP as they enter the cache (lib/cache/cached-pages.mjs).
  // The cache's byte bound (HTML and React payload of each page; least recently used out first):
  // the whole catalog's pages take about half of it, and a visitor can't add pages of their own.
  cacheMaxMemorySize: 32 * 1024 * 1024,
  cacheHandler: fileURLToPath(new URL('./lib/cache/page-cache-handler.mjs', import.meta.url)),
  experimental: {
    // Each process keeps its cached pages in memory, never in the shared build folder.
    isrFlushToDisk: false,
    // Next buffers a request's body to hand it to proxy.ts (10 MB by default) and reads a server
    // action's (1 MB): no route here takes more than the largest of lib/http/body-limits.mjs, and
    // proxy.ts refuses a larger declared length before the route or the action runs.
    proxyClientMaxBodySize: MAX_BODY_LIMIT,
    serverActions: { bodySizeLimit: MAX_BODY_LIMIT },
  },
  async rewrites() {
    return { beforeFiles: [{ source: '/', destination: GUIDE_ROUTE }], afterFiles: [], fallback: [] };
  },
  async headers() {
    return [
      { source: '/:path*', headers: COMMON_SECURITY_HEADERS },
      // Pages get their policy from proxy.ts or the page cache; JSON and downloads need none of that.
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: NON_PAGE_CONTENT_SECURITY_POLICY }] },
      { source: '/_next/static/:path*', headers: [{ key: 'Content-Security-Policy', value: NON_PAGE_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default nextConfig;

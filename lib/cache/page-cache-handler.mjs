// Next's page cache (`cacheHandler` in next.config.js): Next's own in-memory cache, plus one job.
// When a page enters the cache, its Content-Security-Policy is computed from its HTML (the hash of
// each inline script, see lib/security/page-policy.mjs) and stored with it as a response header,
// so every copy served from the cache carries the policy that fits it exactly. Next sends the
// first, freshly rendered copy from the same entry, so it gets the same header.
//
// Entries are kept in memory only (`experimental.isrFlushToDisk: false`): each server process
// holds its own copy, so instances, and test servers on different databases that share one build,
// never serve each other's pages.
//
// Leans on a Next internal (file-system-cache): checked against the Next version fenced in
// tests/lib/version-fences.test.ts, which fails on an upgrade until this file is re-checked.
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { hashPolicy } from '../security/page-policy.mjs';

const CSP_HEADER = 'content-security-policy';
// A CommonJS module: Node hands an ES module its exports object (the class is its `default`),
// while Next's bundler, which also bundles this file into the proxy, hands over the class itself.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

export default class PageCacheHandler extends FileSystemCache {
  async set(key, data, ctx) {
    if (data?.kind === 'APP_PAGE' && typeof data.html === 'string' && data.headers) {
      data.headers[CSP_HEADER] = await hashPolicy(data.html);
    }
    return super.set(key, data, ctx);
  }
}

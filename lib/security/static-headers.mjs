// Security headers that do not change per request, in plain JS because next.config.js (loaded
// before any TypeScript is compiled) applies them. Pages add a nonce-based policy in proxy.ts.

/** On every response: pages, API JSON, downloads and static assets. */
export const COMMON_SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** For responses that are not HTML pages (API JSON, downloads, assets): nothing may run or load. */
export const NON_PAGE_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

// @ts-check

import { COMMON_SECURITY_HEADERS, NON_PAGE_CONTENT_SECURITY_POLICY } from './lib/security/static-headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files it loads from its own package folder at run time,
  // so these must stay real node_modules packages rather than being bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@prisma/adapter-pg', 'pg'],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      { source: '/:path*', headers: COMMON_SECURITY_HEADERS },
      // Pages get a nonce-based policy from proxy.ts; JSON and downloads need none of that.
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: NON_PAGE_CONTENT_SECURITY_POLICY }] },
      { source: '/_next/static/:path*', headers: [{ key: 'Content-Security-Policy', value: NON_PAGE_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default nextConfig;

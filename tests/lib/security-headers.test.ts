import { describe, expect, it } from 'vitest';
import { createNonce, pageContentSecurityPolicy } from '@/lib/security/headers';

describe('content security policy', () => {
  it('allows scripts only by nonce in production', () => {
    const policy = pageContentSecurityPolicy('abc123');
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it('adds eval only for the development server', () => {
    expect(pageContentSecurityPolicy('n', { dev: true })).toContain("'unsafe-eval'");
    expect(pageContentSecurityPolicy('n')).not.toContain('unsafe-eval');
  });

  it('makes a fresh, unguessable nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, () => createNonce()));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});

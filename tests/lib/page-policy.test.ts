import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createNonce, hashPolicy, inlineScriptHashes, noncePolicy } from '@/lib/security/page-policy.mjs';
import { SAVED_COUNT_SCRIPT, SAVED_COUNT_SCRIPT_HASH } from '@/lib/security/saved-count-script.mjs';

const scriptSrcOf = (policy: string) => policy.split('; ').find((d) => d.startsWith('script-src'));
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('nonce policy (pages rendered per request)', () => {
  it("allows scripts only by nonce in production, and the header's one static script by its hash", () => {
    const policy = noncePolicy('abc123');
    expect(scriptSrcOf(policy)).toBe(`script-src 'self' 'nonce-abc123' 'strict-dynamic' ${sha256(SAVED_COUNT_SCRIPT)}`);
    expect(SAVED_COUNT_SCRIPT_HASH).toBe(sha256(SAVED_COUNT_SCRIPT));
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it('adds eval only for the development server', () => {
    expect(noncePolicy('n', { dev: true })).toContain("'unsafe-eval'");
    expect(noncePolicy('n')).not.toContain('unsafe-eval');
  });

  it('makes a fresh, unguessable nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, () => createNonce()));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});

describe('hash policy (cached catalog pages)', () => {
  const page = [
    '<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script></head><body>',
    '<p>Botox — “results last” 3–4 months</p>',
    '<script>self.__next_f.push([1,"\\u003cb\\u003eé\\u003c/b\\u003e"])</script>',
    '<script id="_R_" nonce="ignored">self.__next_f.push([1,"x"])</script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    '</body></html>',
  ].join('');

  it('names each distinct inline script by the sha256 of its exact text, and no external script', async () => {
    expect(await inlineScriptHashes(page)).toEqual([
      sha256('(self.__next_f=self.__next_f||[]).push([0])'),
      sha256('self.__next_f.push([1,"\\u003cb\\u003eé\\u003c/b\\u003e"])'),
      sha256('self.__next_f.push([1,"x"])'),
    ]);
  });

  it('allows those hashes and same-origin files, never inline scripts in general', async () => {
    const policy = await hashPolicy(page);
    const scriptSrc = scriptSrcOf(policy)!;
    expect(scriptSrc.startsWith("script-src 'self' 'sha256-")).toBe(true);
    expect(scriptSrc.split(' ')).toHaveLength(2 + 3);
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|strict-dynamic|nonce-/);
    // The other directives are the nonce policy's, unchanged.
    expect(policy.replace(scriptSrc, '')).toBe(noncePolicy('n').replace(scriptSrcOf(noncePolicy('n'))!, ''));
  });

  it('gives a page without inline scripts no script hash at all', async () => {
    expect(scriptSrcOf(await hashPolicy('<html><body><p>plain</p></body></html>'))).toBe("script-src 'self'");
  });

  it('changes with any change to a script, so a stale policy blocks rather than allows', async () => {
    const changed = page.replace('[1,"x"]', '[1,"y"]');
    expect(await hashPolicy(changed)).not.toBe(await hashPolicy(page));
  });
});

import { describe, expect, it } from 'vitest';
import { clientAddress } from '@/lib/http/client-address';

const headers = (forwardedFor?: string) => new Headers(forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor });

describe('clientAddress', () => {
  it('is unknowable without trusted proxies, whatever the client wrote', () => {
    expect(clientAddress(headers('203.0.113.7'), 0)).toBeNull();
  });

  it('takes the entry our outermost proxy appended, not what the client put before it', () => {
    expect(clientAddress(headers('198.51.100.1, 203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientAddress(headers('198.51.100.1, 203.0.113.7, 10.0.0.2'), 2)).toBe('203.0.113.7');
    expect(clientAddress(headers(' 203.0.113.7 '), 1)).toBe('203.0.113.7');
  });

  it('is unknowable when fewer proxies wrote the header than are configured', () => {
    expect(clientAddress(headers('203.0.113.7'), 2)).toBeNull();
    expect(clientAddress(headers(), 1)).toBeNull();
    expect(clientAddress(headers(' , '), 1)).toBeNull();
  });
});

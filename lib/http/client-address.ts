// The client's network address, where the deployment makes it knowable. Each trusted proxy
// appends the address it received the request from to X-Forwarded-For, so with N of them the
// N-th entry from the right was written by our own outermost proxy; anything left of it came
// from the client and proves nothing. (Next itself fills the header only when it is absent.)

import { getTrustedProxyHops } from '../config/env';

type HeaderReader = { get(name: string): string | null };

/** The client's address by the last `trustedHops` X-Forwarded-For entries, or null when unknowable. */
export function clientAddress(headers: HeaderReader, trustedHops: number): string | null {
  if (trustedHops < 1) return null;
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return hops.length >= trustedHops ? hops[hops.length - trustedHops]! : null;
}

/** clientAddress with the deployment's TRUSTED_PROXY_HOPS. */
export function requestClientAddress(headers: HeaderReader): string | null {
  return clientAddress(headers, getTrustedProxyHops());
}

// Builds /compare links. Slugs are already URL-safe ([a-z0-9-]), so commas stay literal and the
// address stays readable when people share it.

export function compareHref(slugs: readonly string[], options: { onlyDiff?: boolean } = {}): string {
  const params: string[] = [];
  if (slugs.length > 0) params.push(`ids=${slugs.map(encodeURIComponent).join(',')}`);
  if (options.onlyDiff) params.push('only=diff');
  return params.length > 0 ? `/compare?${params.join('&')}` : '/compare';
}

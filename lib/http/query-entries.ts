// Query strings (URLSearchParams or Next's searchParams object) into the raw shape our zod
// schemas read. Repeatable keys accept ?k=a&k=b and ?k=a,b alike. A GET form sends empty fields
// as "k=": blank means "not set", never "invalid". The first value of a single key wins.

export type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

export function toRawQuery(input: QueryInput, repeatable: ReadonlySet<string>): Record<string, string | string[]> {
  const entries: [string, string][] =
    input instanceof URLSearchParams
      ? [...input.entries()]
      : Object.entries(input).flatMap(([key, value]) =>
          value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v): [string, string] => [key, v]),
        );
  const raw: Record<string, string | string[]> = {};
  for (const [key, value] of entries) {
    if (repeatable.has(key)) {
      const values = value.split(',').map((v) => v.trim()).filter(Boolean);
      raw[key] = [...((raw[key] as string[] | undefined) ?? []), ...values];
    } else if (value.trim() !== '' && !(key in raw)) {
      raw[key] = value;
    }
  }
  return raw;
}

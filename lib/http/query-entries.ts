// Query strings (URLSearchParams or Next's searchParams object) into the raw shape our zod
// schemas read. Repeatable keys accept ?k=a&k=b and ?k=a,b alike. A GET form sends empty fields
// as "k=": blank means "not set", never "invalid". The first value of a single key wins.
// Keys are data, not properties: a query may name ?toString= or ?constructor=, and Next's
// searchParams object then holds [Object.prototype.toString, "x"] under that key, so only string
// values are read and a key counts as seen only when it is the object's own.

export type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

export function toRawQuery(input: QueryInput, repeatable: ReadonlySet<string>): Record<string, string | string[]> {
  const entries: [string, string][] =
    input instanceof URLSearchParams
      ? [...input.entries()]
      : Object.entries(input).flatMap(([key, value]) =>
          (Array.isArray(value) ? value : [value]).filter((v) => typeof v === 'string').map((v): [string, string] => [key, v]),
        );
  // No prototype: ?__proto__=x is then an own key like any other, for the schemas to judge.
  const raw: Record<string, string | string[]> = Object.create(null);
  for (const [key, value] of entries) {
    if (repeatable.has(key)) {
      const values = value.split(',').map((v) => v.trim()).filter(Boolean);
      raw[key] = [...((Object.hasOwn(raw, key) ? raw[key] : []) as string[]), ...values];
    } else if (value.trim() !== '' && !Object.hasOwn(raw, key)) {
      raw[key] = value;
    }
  }
  return raw;
}

/**
 * A table's entry for a key that came from a query string: own entries only, so ?toString= finds
 * nothing instead of Object.prototype.toString.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

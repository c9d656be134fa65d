// Types only: the browser's filter form imports this module, and zod would weigh on its bundle.
import type { ZodType } from 'zod';

// Query strings (URLSearchParams or Next's searchParams object) into the raw shape our zod
// schemas read. Repeatable keys accept ?k=a&k=b and ?k=a,b alike. A GET form sends empty fields
// as "k=": blank means "not set", never "invalid". The first value of a single key wins.
// Keys are data, not properties: a query may name ?toString= or ?constructor=, and Next's
// searchParams object then holds [Object.prototype.toString, "x"] under that key, so only string
// values are read and a key counts as seen only when it is the object's own.

export type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** Next's searchParams object (own keys, string values only) as URLSearchParams; URLSearchParams as is. */
export function toSearchParams(input: QueryInput): URLSearchParams {
  if (input instanceof URLSearchParams) return input;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(input)) {
    for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string') params.append(key, v);
  }
  return params;
}

export function toRawQuery(input: QueryInput, repeatable: ReadonlySet<string>): Record<string, string | string[]> {
  const entries = toSearchParams(input).entries();
  // No prototype: ?__proto__=x is then an own key like any other, for the schemas to judge.
  const raw: Record<string, string | string[]> = Object.create(null);
  for (const [key, value] of entries) {
    if (repeatable.has(key)) {
      const values = value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
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

/** A query field the lenient parse dropped: a key no field has, or a value its schema refuses. */
export type LenientProblem =
  | { key: string; value: string | string[]; reason: 'unknown' }
  | { key: string; value: string | string[]; reason: 'invalid'; message: string | undefined };

/**
 * Lenient parse for pages: each field is checked on its own, and a bad or unknown one is dropped
 * and reported, so any URL still renders; the object schema then parses the rest together
 * (defaults included). The API parses strictly with the same schema instead.
 */
export function parseLeniently<T>(
  fields: Readonly<Record<string, ZodType>>,
  schema: ZodType<T>,
  raw: Record<string, string | string[]>,
): { data: T; problems: LenientProblem[] } {
  const problems: LenientProblem[] = [];
  const clean: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = ownEntry(fields, key);
    if (!field) {
      problems.push({ key, value, reason: 'unknown' });
      continue;
    }
    const result = field.safeParse(value);
    if (result.success) clean[key] = value;
    else problems.push({ key, value, reason: 'invalid', message: result.error.issues[0]?.message });
  }
  return { data: schema.parse(clean), problems };
}

import { z } from 'zod';
import { CONCERNS, type Concern } from '../procedures/constants';
import { humanize } from '../procedures/labels';

// The one mapping between a concern's catalog id ("volume_loss") and its page URL
// (/concerns/volume-loss). Every concern in the catalog's fixed list has a page; an id outside the
// list is a 404.

export const CONCERNS_PATH = '/concerns';

export function toConcernSlug(concern: Concern): string {
  return concern.replace(/_/g, '-');
}

const bySlug = new Map<string, Concern>(CONCERNS.map((concern) => [toConcernSlug(concern), concern]));

/** The URL segment, read strictly: only the kebab-case form of a listed concern. */
export const concernSlugSchema = z
  .string()
  .max(60)
  .transform((slug, ctx) => {
    const concern = bySlug.get(slug);
    if (!concern) {
      ctx.addIssue({ code: 'custom', message: 'is not a concern we list' });
      return z.NEVER;
    }
    return concern;
  });

export function parseConcernSlug(slug: string): Concern | null {
  const parsed = concernSlugSchema.safeParse(slug);
  return parsed.success ? parsed.data : null;
}

export function toConcernHref(concern: Concern): string {
  return `${CONCERNS_PATH}/${toConcernSlug(concern)}`;
}

/** "Volume loss": the same wording as the concern filter's chips and options. */
export function getConcernLabel(concern: Concern): string {
  return humanize(concern);
}

/** Narrows a stored concern (a string column) to the fixed list, for links from a procedure. */
export function isConcern(value: string): value is Concern {
  return (CONCERNS as readonly string[]).includes(value);
}

import { z } from 'zod';
import { evidenceOf, evidenceSchema, sourceSchema } from '@/lib/procedures/catalog/catalog-schema';
import { CATEGORIES } from '@/lib/procedures/constants';

// Reviewed guidance that is not a figure of one procedure: cautions for health conditions,
// questions to ask at a consultation, spacing between treatments. Each guidance file lists its
// sources once, like a catalog entry, and every statement carries evidence naming one of them.
// The files live in prisma/guidance/ and are validated when imported, so a bad file fails the
// build and the tests, never a page.

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case slug')
  .max(80);

/** Which procedures a statement applies to: whole categories, single slugs, or both. */
export const procedureSetSchema = z
  .object({
    categories: z.array(z.enum(CATEGORIES)).max(CATEGORIES.length).default([]),
    slugs: z.array(slug).max(80).default([]),
  })
  .strict()
  .refine((set) => set.categories.length + set.slugs.length > 0, { message: 'name at least one category or slug' });

export type ProcedureSet = z.infer<typeof procedureSetSchema>;

export function inSet(set: ProcedureSet, procedure: { slug: string; category: string }): boolean {
  return set.slugs.includes(procedure.slug) || (set.categories as readonly string[]).includes(procedure.category);
}

/** Every slug a guidance file names, so a test can check each exists in the catalog. */
export function slugsNamed(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(slugsNamed);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'slugs' && Array.isArray(child) ? child.filter((s): s is string => typeof s === 'string') : slugsNamed(child),
  );
}

export { evidenceSchema };

/** A guidance file: its sources, then its content; every evidence must name a listed source. */
export function guidanceFileSchema<T extends z.ZodRawShape>(content: T) {
  return z
    .object({ sources: z.array(sourceSchema).max(60), ...content })
    .strict()
    .superRefine((file, ctx) => {
      const ids = new Set<string>();
      const { sources } = file as { sources: { id: string }[] };
      sources.forEach((source: { id: string }, index: number) => {
        if (ids.has(source.id))
          ctx.addIssue({ code: 'custom', path: ['sources', index, 'id'], message: `duplicate source id "${source.id}"` });
        ids.add(source.id);
      });
      for (const { path, evidence } of evidenceOf(file)) {
        if (!ids.has(evidence.source)) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'evidence', 'source'],
            message: `no source with id "${evidence.source}" in this file`,
          });
        }
      }
    });
}

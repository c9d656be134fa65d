import { z } from 'zod';
import {
  ANESTHESIA,
  BODY_AREAS,
  CATEGORIES,
  CONCERNS,
  FDA_STATUSES,
  INVASIVENESS,
  RISK_LEVELS,
  SPECIALTIES,
} from './constants';

// The shape of one reviewed catalog entry, as written in prisma/catalog/*.json.
// The seed and the app share it, so a bad entry fails the same way everywhere.
// Unknown numbers are `null`, never guessed: the UI says "not reported by our sources".

const days = z.number().int().min(0).max(3650);
const isoDate = z.iso.date();

const range = (unit: z.ZodNumber) =>
  z
    .object({ min: unit, max: unit })
    .strict()
    .refine((r) => r.min <= r.max, { message: 'min must not exceed max' });

export const sourceSchema = z
  .object({
    title: z.string().min(3).max(300),
    url: z.url({ protocol: /^https$/ }),
    publisher: z.string().min(2).max(120),
  })
  .strict();

export const milestoneSchema = z
  .object({
    label: z.string().min(3).max(80),
    minDays: days,
    maxDays: days,
  })
  .strict()
  .refine((m) => m.minDays <= m.maxDays, { message: 'minDays must not exceed maxDays' });

export const costSchema = z
  .object({
    lowUsd: z.number().int().positive().nullable(),
    highUsd: z.number().int().positive().nullable(),
    averageUsd: z.number().int().positive().nullable(),
    per: z.string().min(3).max(80),
    year: z.number().int().min(2015).max(2030),
    excludes: z.string().max(300).nullable(),
    source: sourceSchema,
  })
  .strict()
  .refine((c) => c.lowUsd !== null || c.averageUsd !== null, {
    message: 'a cost needs lowUsd/highUsd or averageUsd; use cost: null when no source gives one',
  })
  .refine((c) => c.lowUsd === null || c.highUsd === null || c.lowUsd <= c.highUsd, {
    message: 'lowUsd must not exceed highUsd',
  });

export const catalogEntrySchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case slug').max(80),
    name: z.string().min(2).max(120),
    aliases: z.array(z.string().min(1).max(80)).max(20),
    brands: z.array(z.string().min(1).max(80)).max(20),
    category: z.enum(CATEGORIES),
    specialty: z.enum(SPECIALTIES),
    invasiveness: z.enum(INVASIVENESS),
    anesthesia: z.array(z.enum(ANESTHESIA)).min(1),
    durationMinutes: range(z.number().int().min(1).max(1440)).nullable(),
    recoveryDays: range(days).nullable(),
    milestones: z.array(milestoneSchema).max(10),
    resultsVisibleDays: range(days).nullable(),
    resultsMonths: z
      .object({ min: z.number().min(0).max(600).nullable(), max: z.number().min(0).max(600).nullable(), permanent: z.boolean(), note: z.string().max(300).nullable() })
      .strict()
      .nullable(),
    sessions: z
      .object({ min: z.number().int().min(1).max(50), max: z.number().int().min(1).max(50), note: z.string().max(300).nullable() })
      .strict()
      .nullable(),
    cost: costSchema.nullable(),
    riskLevel: z.enum(RISK_LEVELS),
    commonSideEffects: z.array(z.string().min(2).max(200)).min(1).max(20),
    seriousRisks: z.array(z.string().min(2).max(200)).min(1).max(20),
    concerns: z.array(z.enum(CONCERNS)).min(1),
    bodyAreas: z.array(z.enum(BODY_AREAS)).min(1),
    providerType: z.string().min(10).max(400),
    trainingToLookFor: z.string().min(10).max(400),
    fdaStatus: z.enum(FDA_STATUSES),
    fdaNote: z.string().max(400).nullable(),
    summary: z.string().min(40).max(1200),
    sources: z.array(sourceSchema).min(1).max(12),
    lastReviewed: isoDate,
  })
  .strict();

export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

export const catalogSchema = z.array(catalogEntrySchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.slug)) {
      ctx.addIssue({ code: 'custom', path: [index, 'slug'], message: `duplicate slug "${entry.slug}"` });
    }
    seen.add(entry.slug);
  });
});

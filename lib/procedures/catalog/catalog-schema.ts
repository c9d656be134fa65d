import { z } from 'zod';
import {
  ANESTHESIA,
  BODY_AREAS,
  CATEGORIES,
  CONCERNS,
  COST_BASES,
  COST_UNITS,
  FDA_STATUSES,
  INVASIVENESS,
  RISK_LEVELS,
  SOURCE_KINDS,
  SPECIALTIES,
} from '../constants';
import { RECOVERY_DAYS_MAX } from '../limits';

// The shape of one reviewed catalog entry, as written in prisma/catalog/*.json (catalog v2).
// The seed and the app share it, so a bad entry fails the same way everywhere.
//
// Every number carries its evidence: the id of one of the entry's sources and a quote of at most
// 30 words that locates the figure there. A figure no source gives after a real search is
// `{ "notReported": "<what was searched>" }`: never a guess. The UI says "not reported".

const days = z.number().int().min(0).max(RECOVERY_DAYS_MAX);
const isoDate = z.iso.date();
const sourceId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case source id')
  .max(60);

export const MAX_QUOTE_WORDS = 30;

export const sourceSchema = z
  .object({
    id: sourceId,
    title: z.string().min(3).max(300),
    url: z.url({ protocol: /^https?$/ }),
    publisher: z.string().min(2).max(160),
    kind: z.enum(SOURCE_KINDS),
    /** Year the source was published, last updated or reviewed, where it says. */
    year: z.number().int().min(1990).max(2030).nullable(),
    accessed: isoDate,
    /** For kind "copy": the original this page mirrors (e.g. "ASPS 2023 Procedural Statistics"). */
    copyOf: z.string().min(3).max(200).nullable(),
    /** For a physician practice page: the named, board-certified author, where the page names one. */
    author: z.string().min(3).max(160).nullable(),
  })
  .strict()
  .refine((s) => (s.kind === 'copy') === (s.copyOf !== null), {
    message: 'copyOf is set exactly when kind is "copy"',
    path: ['copyOf'],
  });

export const evidenceSchema = z
  .object({
    source: sourceId,
    quote: z
      .string()
      .min(3)
      .max(400)
      .refine((q) => q.trim().split(/\s+/).length <= MAX_QUOTE_WORDS, {
        message: `a quote is at most ${MAX_QUOTE_WORDS} words`,
      }),
  })
  .strict();

/** A figure no source gives: what was searched, so the next reviewer need not repeat it. */
export const gapSchema = z.object({ notReported: z.string().min(10).max(400) }).strict();

const dayRange = z
  .object({ minDays: days, maxDays: days, evidence: evidenceSchema })
  .strict()
  .refine((r) => r.minDays <= r.maxDays, { message: 'minDays must not exceed maxDays' });

const orGap = <T extends z.ZodType>(figure: T) => z.union([figure, gapSchema]);

const durationSchema = z
  .object({
    minMinutes: z.number().int().min(1).max(1440),
    maxMinutes: z.number().int().min(1).max(1440),
    evidence: evidenceSchema,
  })
  .strict()
  .refine((r) => r.minMinutes <= r.maxMinutes, { message: 'minMinutes must not exceed maxMinutes' });

const months = z.number().min(0).max(600);

export const resultsLastSchema = z.union([
  // minMonths null: the source gives only an upper figure ("up to 25 months").
  z
    .object({ minMonths: months.nullable(), maxMonths: months, evidence: evidenceSchema, note: z.string().max(300).nullable() })
    .strict()
    .refine((r) => r.minMonths === null || r.minMonths <= r.maxMonths, { message: 'minMonths must not exceed maxMonths' }),
  z.object({ permanent: z.literal(true), evidence: evidenceSchema, note: z.string().max(300).nullable() }).strict(),
  gapSchema,
]);

export const sessionsSchema = z
  .object({
    min: z.number().int().min(1).max(50),
    max: z.number().int().min(1).max(50),
    evidence: evidenceSchema,
    /** Days between sessions; null only when a course is a single session. */
    interval: orGap(dayRange).nullable(),
    note: z.string().max(300).nullable(),
  })
  .strict()
  .refine((s) => s.min <= s.max, { message: 'min must not exceed max' })
  .refine((s) => s.max === 1 || s.interval !== null, {
    message: 'a course of more than one session needs its interval (or a notReported gap)',
    path: ['interval'],
  });

export const costSchema = z
  .object({
    lowUsd: z.number().int().positive().nullable(),
    highUsd: z.number().int().positive().nullable(),
    averageUsd: z.number().int().positive().nullable(),
    basis: z.enum(COST_BASES),
    unit: z.enum(COST_UNITS),
    year: z.number().int().min(2010).max(2030),
    excludes: z.string().max(300).nullable(),
    /** The source's row or category, when it covers more than this procedure (e.g. "combination lasers" for IPL). */
    scope: z.string().min(3).max(300).nullable().optional(),
    evidence: evidenceSchema,
  })
  .strict()
  .refine((c) => c.lowUsd !== null || c.averageUsd !== null, {
    message: 'a cost needs lowUsd/highUsd or averageUsd; use a notReported gap when no source gives one',
  })
  .refine((c) => (c.lowUsd === null) === (c.highUsd === null), { message: 'lowUsd and highUsd come together' })
  .refine((c) => c.lowUsd === null || c.highUsd === null || c.lowUsd <= c.highUsd, {
    message: 'lowUsd must not exceed highUsd',
  });

/**
 * A side effect or risk, like a figure: the source that states it and a quote that locates it, or
 * what was searched when no readable source could be quoted (shown as "source not quoted").
 */
const riskText = z.string().min(2).max(240);
export const riskSchema = z.union([
  z.object({ text: riskText, evidence: evidenceSchema }).strict(),
  z.object({ text: riskText, notReported: z.string().min(10).max(400) }).strict(),
]);

/** Extra, source-worded recovery notes beside the three defined milestones. */
export const recoveryNoteSchema = z
  .object({ label: z.string().min(3).max(120), minDays: days, maxDays: days, evidence: evidenceSchema })
  .strict()
  .refine((m) => m.minDays <= m.maxDays, { message: 'minDays must not exceed maxDays' });

export const catalogEntrySchema = z
  .object({
    slug: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case slug')
      .max(80),
    name: z.string().min(2).max(120),
    aliases: z.array(z.string().min(1).max(80)).max(20),
    brands: z.array(z.string().min(1).max(80)).max(20),
    category: z.enum(CATEGORIES),
    specialty: z.enum(SPECIALTIES),
    invasiveness: z.enum(INVASIVENESS),
    anesthesia: z.array(z.enum(ANESTHESIA)).min(1),
    /**
     * Ablative laser or deep resurfacing (deep peel, dermabrasion): weeks of raw, healing skin.
     * The planner treats it like surgery: never a top pick for a near event.
     */
    deepResurfacing: z.boolean().default(false),
    duration: orGap(durationSchema),
    /** Back to work and normal social life: what "ready in at most…" and the planner's days off use. */
    downtime: orGap(dayRange),
    /** Back to strenuous exercise. */
    exercise: orGap(dayRange),
    /** Swelling settled and the final result visible. */
    finalResult: orGap(dayRange),
    /**
     * Looks normal again: bruising, swelling, redness or peeling mostly gone, the day a person
     * would be comfortable in photos or at an event. What the planner's "presentable" waits for.
     * Optional while the catalog is being sourced: a missing one reads as not reported.
     */
    lookNormal: orGap(dayRange).optional(),
    recoveryNotes: z.array(recoveryNoteSchema).max(10),
    resultsVisible: orGap(dayRange),
    resultsLast: resultsLastSchema,
    /** null: a single procedure, not a course of sessions. */
    sessions: orGap(sessionsSchema).nullable(),
    cost: orGap(costSchema),
    riskLevel: z.enum(RISK_LEVELS),
    commonSideEffects: z.array(riskSchema).min(1).max(24),
    /** Serious risks first in the list: infection, bleeding, scarring, anesthesia, vascular occlusion, DVT/PE… */
    seriousRisks: z.array(riskSchema).min(1).max(24),
    concerns: z.array(z.enum(CONCERNS)).min(1),
    bodyAreas: z.array(z.enum(BODY_AREAS)).min(1),
    providerType: z.string().min(10).max(400),
    trainingToLookFor: z.string().min(10).max(400),
    fdaStatus: z.enum(FDA_STATUSES),
    fdaNote: z.string().max(400).nullable(),
    summary: z.string().min(40).max(1200),
    sources: z.array(sourceSchema).min(1).max(24),
    lastReviewed: isoDate,
    /**
     * What a review re-checked and found, for the next reviewer: e.g. "Botox final result re-checked
     * against AAD: kept at 7 days because …". Catalog documentation; not shown on pages.
     */
    reviewNotes: z.array(z.string().min(10).max(600)).max(30).optional(),
  })
  .strict()
  .superRefine((entry, ctx) => {
    const ids = new Set<string>();
    entry.sources.forEach((source, index) => {
      if (ids.has(source.id))
        ctx.addIssue({ code: 'custom', path: ['sources', index, 'id'], message: `duplicate source id "${source.id}"` });
      ids.add(source.id);
    });
    for (const { path, evidence } of evidenceOf(entry)) {
      if (!ids.has(evidence.source)) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'evidence', 'source'],
          message: `no source with id "${evidence.source}" in this entry`,
        });
      }
    }
  });

export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type CatalogSource = z.infer<typeof sourceSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type CatalogRisk = z.infer<typeof riskSchema>;
export type Gap = z.infer<typeof gapSchema>;

export function isGap(value: unknown): value is Gap {
  return typeof value === 'object' && value !== null && 'notReported' in value;
}

type EvidenceAt = { path: (string | number)[]; evidence: Evidence };

/** Every piece of evidence in an entry, with where it sits: used to check source ids and to report. */
export function evidenceOf(entry: object): EvidenceAt[] {
  const found: EvidenceAt[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) return value.forEach((item, i) => visit(item, [...path, i]));
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if ('evidence' in record && typeof record.evidence === 'object' && record.evidence !== null) {
      found.push({ path, evidence: record.evidence as Evidence });
    }
    for (const [key, child] of Object.entries(record)) if (key !== 'evidence' && key !== 'sources') visit(child, [...path, key]);
  };
  visit(entry, []);
  return found;
}

export const catalogSchema = z.array(catalogEntrySchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.slug)) {
      ctx.addIssue({ code: 'custom', path: [index, 'slug'], message: `duplicate slug "${entry.slug}"` });
    }
    seen.add(entry.slug);
  });
});

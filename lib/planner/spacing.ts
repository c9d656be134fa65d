import { z } from 'zod';
import spacingFile from '@/prisma/guidance/spacing.json';
import { evidenceSchema, guidanceFileSchema, inSet, procedureSetSchema } from '@/lib/guidance/schema';
import type { EvidenceView } from '@/lib/procedures/catalog/view';

// Sourced rules for spacing two treatments in one plan, e.g. a toxin at least two weeks before
// resurfacing. Where no rule covers a pair, the plan says "ask your provider about spacing"
// rather than inventing one.

export const spacingRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id'),
    /** Done first… */
    first: procedureSetSchema,
    /** …at least minDays before this one starts. */
    then: procedureSetSchema,
    minDays: z.number().int().min(1).max(365),
    /** The rule in plain words, as shown in the plan. */
    text: z.string().min(10).max(300),
    evidence: evidenceSchema,
  })
  .strict();

export const spacingFileSchema = guidanceFileSchema({ rules: z.array(spacingRuleSchema).max(40) });

export type SpacingRule = z.infer<typeof spacingRuleSchema>;
export type SpacingFile = z.infer<typeof spacingFileSchema>;

export const SPACING: SpacingFile = spacingFileSchema.parse(spacingFile);

type Procedure = { slug: string; category: string };

/** The sourced rule, if any, that says `a` must come before `b`. */
export function ruleFor(a: Procedure, b: Procedure, rules: readonly SpacingRule[] = SPACING.rules): SpacingRule | null {
  return rules.find((rule) => inSet(rule.first, a) && inSet(rule.then, b)) ?? null;
}

/** The rule's quote with its source entry, as evidence is shown everywhere else. */
export function spacingEvidence(rule: SpacingRule, file: SpacingFile = SPACING): EvidenceView | null {
  const source = file.sources.find((s) => s.id === rule.evidence.source);
  return source ? { quote: rule.evidence.quote, source } : null;
}

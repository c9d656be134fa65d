import { z } from 'zod';
import cautionsFile from '@/prisma/guidance/cautions.json';
import { evidenceSchema, guidanceFileSchema, procedureSetSchema } from '@/lib/guidance/schema';
import { CONDITION_IDS } from './conditions';

// Sourced cautions: what a source says about a procedure (or a whole category) for someone with
// one of the conditions in conditions.ts. Where no source speaks to a pair, there is no caution,
// and the page says so rather than implying the procedure is safe.

/** avoid: the source advises against it or lists it as a contraindication; ask: it raises a risk to discuss. */
export const CAUTION_LEVELS = ['avoid', 'ask'] as const;
export type CautionLevel = (typeof CAUTION_LEVELS)[number];

export const CAUTION_LEVEL_LABELS: Record<CautionLevel, string> = {
  avoid: 'Source advises against',
  ask: 'Discuss with your provider',
};

export const cautionSchema = z
  .object({
    condition: z.enum(CONDITION_IDS),
    applies: procedureSetSchema,
    level: z.enum(CAUTION_LEVELS),
    /** Our plain wording of what the source says, as shown on the page. */
    text: z.string().min(10).max(300),
    evidence: evidenceSchema,
  })
  .strict();

export const cautionsFileSchema = guidanceFileSchema({ cautions: z.array(cautionSchema).max(200) });

export type Caution = z.infer<typeof cautionSchema>;
export type CautionsFile = z.infer<typeof cautionsFileSchema>;

export const CAUTIONS: CautionsFile = cautionsFileSchema.parse(cautionsFile);

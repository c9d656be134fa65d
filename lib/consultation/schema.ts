import { z } from 'zod';
import consultationFile from '@/prisma/guidance/consultation.json';
import { evidenceSchema, guidanceFileSchema } from '@/lib/guidance/schema';
import { CATEGORIES } from '@/lib/procedures/constants';

// Sourced questions to ask at a consultation, and the public tools that check a provider's
// credentials. Questions for every procedure come first; each category adds its own. A category
// with no sourced question simply has none: the general ones still apply.

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id');

export const questionSchema = z
  .object({
    id,
    /** Worded as the visitor would ask it. */
    text: z
      .string()
      .min(10)
      .max(200)
      .regex(/^[^|]*$/, 'no "|": exports join questions with it'),
    evidence: evidenceSchema,
  })
  .strict();

export const credentialCheckSchema = z
  .object({
    id,
    title: z.string().min(3).max(120),
    url: z.url({ protocol: /^https$/ }),
    publisher: z.string().min(2).max(160),
    /** What the tool answers, as a question or a short phrase. */
    what: z.string().min(10).max(200),
  })
  .strict();

const questionList = z.array(questionSchema).max(12);

export const consultationFileSchema = guidanceFileSchema({
  general: questionList.min(1),
  byCategory: z.partialRecord(z.enum(CATEGORIES), questionList),
  credentialChecks: z.array(credentialCheckSchema).min(1).max(12),
});

export type Question = z.infer<typeof questionSchema>;
export type CredentialCheck = z.infer<typeof credentialCheckSchema>;
export type ConsultationFile = z.infer<typeof consultationFileSchema>;

export const CONSULTATION: ConsultationFile = consultationFileSchema.parse(consultationFile);

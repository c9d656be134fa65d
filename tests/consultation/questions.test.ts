import { describe, expect, it } from 'vitest';
import consultationFile from '@/prisma/guidance/consultation.json';
import { questionTexts, questionsForProcedure, questionsForProcedures } from '@/lib/consultation/questions';
import { CONSULTATION, consultationFileSchema, type ConsultationFile } from '@/lib/consultation/schema';
import { slugsNamed } from '@/lib/guidance/schema';
import { loadCatalog } from '@/lib/procedures/catalog/catalog-file';

// The consultation file as shipped, and which questions a procedure or a set of them gets.

const source = (id: string) => ({
  id,
  title: `Source ${id}`,
  url: `https://example.org/${id}`,
  publisher: 'Example Society',
  kind: 'professional_society' as const,
  year: 2024,
  accessed: '2026-11-30',
  copyOf: null,
  author: null,
});

const question = (id: string, sourceId = 'society') => ({
  id,
  text: `Question ${id}, worded to ask?`,
  evidence: { source: sourceId, quote: `quote for ${id}` },
});

const file: ConsultationFile = consultationFileSchema.parse({
  sources: [source('society')],
  general: [question('general-a'), question('general-b')],
  byCategory: {
    dermal_filler: [question('filler-a'), question('general-a')],
    laser_light: [question('laser-a'), question('filler-a')],
    surgery: [question('surgery-a')],
  },
  credentialChecks: [
    { id: 'board', title: 'Board lookup', url: 'https://example.org/board', publisher: 'Board', what: 'Is this doctor certified?' },
  ],
});

describe('prisma/guidance/consultation.json', () => {
  it('parses, and every question id is unique', () => {
    expect(() => consultationFileSchema.parse(consultationFile)).not.toThrow();
    const ids = [...CONSULTATION.general, ...Object.values(CONSULTATION.byCategory).flat()].map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers surgery, lasers and fillers at least, names only catalog slugs, and links to https tools', () => {
    for (const category of ['surgery', 'laser_light', 'dermal_filler'] as const) {
      expect(CONSULTATION.byCategory[category]?.length ?? 0).toBeGreaterThan(0);
    }
    const slugs = new Set(loadCatalog().map((entry) => entry.slug));
    expect(slugsNamed(consultationFile).filter((slug) => !slugs.has(slug))).toEqual([]);
    expect(CONSULTATION.credentialChecks.map((check) => new URL(check.url).protocol)).toEqual(
      CONSULTATION.credentialChecks.map(() => 'https:'),
    );
  });

  it('refuses evidence naming an unlisted source, a quote over 30 words and a "|" in a question', () => {
    const base = { sources: [source('society')], byCategory: {}, credentialChecks: file.credentialChecks };
    expect(consultationFileSchema.safeParse({ ...base, general: [question('a', 'nowhere')] }).success).toBe(false);
    const long = { ...question('b'), evidence: { source: 'society', quote: Array.from({ length: 31 }, () => 'word').join(' ') } };
    expect(consultationFileSchema.safeParse({ ...base, general: [long] }).success).toBe(false);
    expect(consultationFileSchema.safeParse({ ...base, general: [{ ...question('c'), text: 'Is it A | B, really?' }] }).success).toBe(
      false,
    );
    expect(consultationFileSchema.safeParse({ ...base, byCategory: { spa: [question('d')] }, general: [question('e')] }).success).toBe(
      false,
    );
  });
});

describe('questionsForProcedure', () => {
  it('gives the general questions and its own category’s, with evidence resolved to the source', () => {
    const result = questionsForProcedure({ category: 'surgery' }, file);
    expect(result.general.map((q) => q.id)).toEqual(['general-a', 'general-b']);
    expect(result.category.map((q) => q.id)).toEqual(['surgery-a']);
    expect(result.category[0]?.evidence).toEqual({ quote: 'quote for surgery-a', source: source('society') });
  });

  it('gives no category questions where none are sourced', () => {
    expect(questionsForProcedure({ category: 'thread_lift' }, file).category).toEqual([]);
  });
});

describe('questionsForProcedures', () => {
  it('groups by category in the order first named, each question once', () => {
    const set = questionsForProcedures(
      [
        { name: 'Lip filler', category: 'dermal_filler' },
        { name: 'IPL', category: 'laser_light' },
        { name: 'Cheek filler', category: 'dermal_filler' },
        { name: 'Thread lift', category: 'thread_lift' },
      ],
      file,
    );
    expect(set.general.map((q) => q.id)).toEqual(['general-a', 'general-b']);
    expect(set.groups.map((g) => [g.category, g.procedureNames, g.questions.map((q) => q.id)])).toEqual([
      // general-a is already asked of every provider; filler-a is asked once, under fillers.
      ['dermal_filler', ['Lip filler', 'Cheek filler'], ['filler-a']],
      ['laser_light', ['IPL'], ['laser-a']],
      ['thread_lift', ['Thread lift'], []],
    ]);
    expect(set.groups[0]?.label).toBe('Dermal filler');
  });

  it('is empty for an empty set, apart from the general questions', () => {
    expect(questionsForProcedures([], file)).toEqual({ general: expect.any(Array), groups: [] });
  });
});

describe('questionTexts', () => {
  it('lists the wording, general first', () => {
    expect(questionTexts({ category: 'surgery' }, file)).toEqual([
      'Question general-a, worded to ask?',
      'Question general-b, worded to ask?',
      'Question surgery-a, worded to ask?',
    ]);
  });
});

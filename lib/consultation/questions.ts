import type { Category } from '../procedures/constants';
import { CATEGORY_LABELS } from '../procedures/labels';
import type { EvidenceView, SourceView } from '../procedures/catalog/view';
import { CONSULTATION, type ConsultationFile, type Question } from './schema';

// Which questions to ask about which procedures. Pure: the file is parsed once at import, and
// tests pass their own. Evidence comes out resolved to its source, as figures' evidence does, so
// the same <FigureEvidence> marker shows it.

export type QuestionView = { id: string; text: string; evidence: EvidenceView };

export type ProcedureQuestions = {
  /** For any provider, whatever the procedure. */
  general: QuestionView[];
  /** For this procedure's category; empty where no source gives one. */
  category: QuestionView[];
};

export type CategoryGroup = {
  category: Category;
  label: string;
  /** Names of the procedures in the set that belong to this category, in the set's order. */
  procedureNames: string[];
  questions: QuestionView[];
};

export type QuestionSet = { general: QuestionView[]; groups: CategoryGroup[] };

type ProcedureRef = { name: string; category: Category };

function resolver(file: ConsultationFile): (question: Question) => QuestionView {
  const sources = new Map<string, SourceView>(file.sources.map((source) => [source.id, source]));
  return (question) => {
    // The file schema already refuses evidence naming an unlisted source.
    const source = sources.get(question.evidence.source);
    if (!source) throw new Error(`consultation question "${question.id}" names unknown source "${question.evidence.source}"`);
    return { id: question.id, text: question.text, evidence: { quote: question.evidence.quote, source } };
  };
}

export function questionsForProcedure(procedure: { category: Category }, file: ConsultationFile = CONSULTATION): ProcedureQuestions {
  const view = resolver(file);
  return { general: file.general.map(view), category: (file.byCategory[procedure.category] ?? []).map(view) };
}

/**
 * The questions for a set of procedures (a comparison, a saved list): the general ones once, then
 * one group per category present, in the order the set first names it, each question once.
 */
export function questionsForProcedures(procedures: readonly ProcedureRef[], file: ConsultationFile = CONSULTATION): QuestionSet {
  const view = resolver(file);
  const seen = new Set(file.general.map((question) => question.id));
  const groups = new Map<Category, CategoryGroup>();
  for (const procedure of procedures) {
    const group = groups.get(procedure.category);
    if (group) {
      group.procedureNames.push(procedure.name);
      continue;
    }
    const questions = (file.byCategory[procedure.category] ?? []).filter((question) => !seen.has(question.id));
    questions.forEach((question) => seen.add(question.id));
    groups.set(procedure.category, {
      category: procedure.category,
      label: CATEGORY_LABELS[procedure.category],
      procedureNames: [procedure.name],
      questions: questions.map(view),
    });
  }
  return { general: file.general.map(view), groups: [...groups.values()] };
}

/** The question wording alone, general first: what an export carries for one procedure. */
export function questionTexts(procedure: { category: Category }, file: ConsultationFile = CONSULTATION): string[] {
  return [...file.general, ...(file.byCategory[procedure.category] ?? [])].map((question) => question.text);
}

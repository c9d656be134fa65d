import 'server-only';
import type { BookmarkSort } from '../bookmarks/schema';
import { getCurrentVisitorId } from '../bookmarks/server/session';
import { listBookmarks } from '../bookmarks/server/store';
import type { CompareSelection } from '../compare/schema';
import { getProceduresBySlugs } from '../procedures/list/queries';
import type { ProcedureDetail } from '../procedures/catalog/view';
import { questionsForProcedures, type QuestionSet } from './questions';
import { CONSULTATION, type CredentialCheck } from './schema';

// The printable consultation pack: the procedures in full (for their sourced figures), the
// questions for the set, and the credential lookups. The saved-list pack also carries the
// visitor's own notes, read through their cookie, so that page renders per request.

export type PackItem = {
  procedure: ProcedureDetail;
  /** The visitor's bookmark note: absent for a comparison, null when saved without one. */
  note?: string | null;
};

export type ConsultationPackView = { items: PackItem[]; questions: QuestionSet; checks: CredentialCheck[] };

function toPack(items: PackItem[]): ConsultationPackView {
  return { items, questions: questionsForProcedures(items.map((item) => item.procedure)), checks: CONSULTATION.credentialChecks };
}

export async function getComparePack(selection: CompareSelection): Promise<ConsultationPackView> {
  const procedures = await getProceduresBySlugs(selection.slugs);
  return toPack(procedures.map((procedure) => ({ procedure })));
}

export async function getSavedPack(sort: BookmarkSort): Promise<ConsultationPackView> {
  const visitorId = await getCurrentVisitorId();
  if (!visitorId) return toPack([]);
  const saved = await listBookmarks(visitorId, sort);
  const details = new Map((await getProceduresBySlugs(saved.map((item) => item.procedure.slug))).map((p) => [p.slug, p]));
  return toPack(
    saved.flatMap(({ procedure, note }) => {
      const detail = details.get(procedure.slug);
      return detail ? [{ procedure: detail, note }] : [];
    }),
  );
}

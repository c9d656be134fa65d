import { inSet } from '@/lib/guidance/schema';
import type { EvidenceView, SourceView } from '@/lib/procedures/catalog/view';
import { CONDITIONS, type ConditionId } from './conditions';
import { CAUTIONS, type CautionLevel, type CautionsFile } from './schema';

// Pure: one procedure in, its sourced cautions out, grouped by condition in the fixed order of
// conditions.ts. Conditions with no sourced caution are listed too, so a page can say "nothing
// found, ask your provider" instead of letting silence read as "safe".

export type CautionView = { level: CautionLevel; text: string; evidence: EvidenceView };

export type ConditionCautions = {
  condition: ConditionId;
  label: string;
  /** The strongest level among its cautions: one "avoid" makes the condition "avoid". */
  level: CautionLevel;
  cautions: CautionView[];
};

export type ProcedureCautions = {
  flagged: ConditionCautions[];
  /** Conditions our sources say nothing about for this procedure. */
  none: { condition: ConditionId; label: string }[];
};

type Procedure = { slug: string; category: string };

// Built once per file: cautionsFor runs for every card of every list page.
const sourceMaps = new WeakMap<CautionsFile, Map<string, SourceView>>();

function sourcesOf(file: CautionsFile): Map<string, SourceView> {
  let sources = sourceMaps.get(file);
  if (!sources) {
    sources = new Map(file.sources.map((source) => [source.id, { ...source }]));
    sourceMaps.set(file, sources);
  }
  return sources;
}

export function cautionsFor(procedure: Procedure, file: CautionsFile = CAUTIONS): ProcedureCautions {
  const sources = sourcesOf(file);
  const matching = file.cautions.filter((caution) => inSet(caution.applies, procedure));
  const result: ProcedureCautions = { flagged: [], none: [] };
  for (const { id, label } of CONDITIONS) {
    const cautions = matching
      .filter((caution) => caution.condition === id)
      .map((caution): CautionView => {
        // The file schema guarantees every evidence names a listed source.
        const source = sources.get(caution.evidence.source)!;
        return { level: caution.level, text: caution.text, evidence: { quote: caution.evidence.quote, source } };
      })
      // Slug- and category-level cautions both apply; "avoid" first, so the strongest word leads.
      .sort((a, b) => Number(b.level === 'avoid') - Number(a.level === 'avoid'));
    if (cautions.length === 0) result.none.push({ condition: id, label });
    else result.flagged.push({ condition: id, label, level: cautions[0]!.level, cautions });
  }
  return result;
}

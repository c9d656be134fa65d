import { INVASIVENESS, type Invasiveness } from '../procedures/constants';
import type { CostView, ProcedureCard } from '../procedures/catalog/view';

// A concern's options as a ladder: from non-invasive through minimally invasive to surgical, and
// within each rung by downtime, shortest first. Options whose downtime no source reports are
// listed apart at the end of their rung, never slotted in by a guess.

/** The costs a ladder row shows: the sourced per-visit fee, and the yearly cost calculated from sourced inputs. */
export type LadderCosts = { perVisit: CostView | null; perYear: ProcedureCard['costPerYear'] };

export type LadderItem = { procedure: ProcedureCard; costs: LadderCosts };

export type LadderRung = {
  invasiveness: Invasiveness;
  /** Options that report a downtime, in ladder order. */
  ranked: LadderItem[];
  /** Options whose downtime is not reported, by name. */
  downtimeNotReported: LadderItem[];
};

const byName = (a: ProcedureCard, b: ProcedureCard) => a.name.localeCompare(b.name);

/** Ladder order: invasiveness, then longest downtime, then shortest, then name; unreported downtime last. */
export function compareLadderOrder(a: ProcedureCard, b: ProcedureCard): number {
  const rung = INVASIVENESS.indexOf(a.invasiveness) - INVASIVENESS.indexOf(b.invasiveness);
  if (rung !== 0) return rung;
  if (!a.recoveryDays || !b.recoveryDays) return Number(!a.recoveryDays) - Number(!b.recoveryDays) || byName(a, b);
  return a.recoveryDays.max - b.recoveryDays.max || a.recoveryDays.min - b.recoveryDays.min || byName(a, b);
}

export function toLadderItem(procedure: ProcedureCard): LadderItem {
  return { procedure, costs: { perVisit: procedure.cost, perYear: procedure.costPerYear } };
}

/** Every rung, in order, empty ones included (the page says a rung has no option). */
export function buildLadder(procedures: readonly ProcedureCard[]): LadderRung[] {
  const sorted = [...procedures].sort(compareLadderOrder);
  return INVASIVENESS.map((invasiveness) => {
    const inRung = sorted.filter((procedure) => procedure.invasiveness === invasiveness);
    return {
      invasiveness,
      ranked: inRung.filter((procedure) => procedure.recoveryDays !== null).map(toLadderItem),
      downtimeNotReported: inRung.filter((procedure) => procedure.recoveryDays === null).map(toLadderItem),
    };
  });
}

/** The ladder read top to bottom, as the page lists it. */
export function ladderItems(rungs: readonly LadderRung[]): LadderItem[] {
  return rungs.flatMap((rung) => [...rung.ranked, ...rung.downtimeNotReported]);
}

import { isConcern } from '@/lib/concerns/concern-url';
import { ConcernLinks } from './concern-links';

export type ProcedureConcernsProps = { concerns: readonly string[] };

/** On a procedure page: each concern it treats, linking to that concern's options from skin-deep to surgery. */
export function ProcedureConcerns({ concerns }: ProcedureConcernsProps) {
  const listed = concerns.filter(isConcern);
  if (listed.length === 0) return null;
  return (
    <section aria-labelledby="concerns-heading" className="space-y-3">
      <h2 id="concerns-heading" className="text-lg font-semibold text-slate-900">
        Other options for the same concern
      </h2>
      <p className="text-sm text-slate-700">Every option for each concern, from non-invasive to surgery, with a trade-off map.</p>
      <ConcernLinks concerns={listed.map((concern) => ({ concern }))} label="Concern pages" />
    </section>
  );
}

import { cautionsFor } from '@/lib/cautions/for-procedure';
import { AboutMePanel } from './about-me-panel';
import { CautionFlags, CautionList } from './caution-list';

export type RightForMeProps = { procedure: { slug: string; name: string; category: string } };

/** The procedure page's "Is it right for me?" section: every sourced caution, plus the About me panel to flag them. */
export function RightForMe({ procedure }: RightForMeProps) {
  const cautions = cautionsFor(procedure);
  return (
    <section id="cautions" aria-labelledby="right-for-me-heading" data-caution-scope={procedure.name} className="space-y-3">
      <h2 id="right-for-me-heading" className="text-lg font-semibold text-slate-900">
        Is it right for me?
      </h2>
      <p className="max-w-3xl text-slate-800">
        What our sources say about this procedure for people with some health conditions. A caution is a reason to talk it through with a
        qualified provider, not a diagnosis.
      </p>
      <AboutMePanel />
      <CautionFlags cautions={cautions} />
      <CautionList cautions={cautions} />
    </section>
  );
}

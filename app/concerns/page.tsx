import type { Metadata } from 'next';
import { ConcernLinks } from '@/components/concerns/concern-links';
import { getConcernCounts } from '@/lib/concerns/queries';
import { CONCERNS } from '@/lib/procedures/constants';
import { getConcernLabel } from '@/lib/concerns/concern-url';

// Read from the database per request, never during `next build`.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Options by concern: from skin-deep to surgery',
  description: 'Pick what you want to treat and see every option in our catalog, from non-invasive treatments to surgery, side by side.',
  alternates: { canonical: '/concerns' },
};

export default async function ConcernsPage() {
  const counts = new Map((await getConcernCounts()).map((entry) => [entry.value, entry.count]));
  const concerns = [...CONCERNS]
    .sort((a, b) => getConcernLabel(a).localeCompare(getConcernLabel(b)))
    .map((concern) => ({ concern, count: counts.get(concern) ?? 0 }));
  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">Options by concern</h1>
        <p className="text-lg text-slate-800">
          Pick what you want to treat: each page lists its options from non-invasive to surgical, with downtime, how long results last, cost
          and risk, and maps the trade-off. The number is how many procedures in our catalog list it.
        </p>
      </header>
      <ConcernLinks concerns={concerns} label="Concerns" />
    </div>
  );
}

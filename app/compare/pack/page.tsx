import type { Metadata } from 'next';
import Link from 'next/link';
import { ConsultationPack } from '@/components/consultation/consultation-pack';
import { textLink } from '@/components/ui/styles';
import { getComparePack } from '@/lib/consultation/pack';
import { parseCompareParams } from '@/lib/compare/schema';
import { compareHref } from '@/lib/compare/url';

// The consultation pack for a comparison: same `ids` as /compare, parsed the same lenient way.

export const metadata: Metadata = { title: 'Consultation pack' };

type ComparePackPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ComparePackPage({ searchParams }: ComparePackPageProps) {
  const pack = await getComparePack(parseCompareParams(await searchParams));
  const slugs = pack.items.map((item) => item.procedure.slug);
  if (pack.items.length === 0) {
    return (
      <section aria-labelledby="pack-empty-heading" className="max-w-2xl space-y-3 rounded-lg border border-slate-200 bg-white p-5">
        <h1 id="pack-empty-heading" className="text-2xl font-bold text-slate-900">
          Consultation pack
        </h1>
        <p className="text-slate-800">
          No procedures chosen yet. Choose some to compare, then open their consultation pack from the comparison.
        </p>
        <p>
          <Link href="/procedures" className={textLink}>
            Browse procedures
          </Link>
        </p>
      </section>
    );
  }
  return (
    <ConsultationPack
      title="Consultation pack"
      intro={
        <p>Print it or save it as a PDF, and bring it to your consultation: the figures, the questions to ask, and room for your notes.</p>
      }
      pack={pack}
      back={{ href: compareHref(slugs), label: 'Back to the comparison' }}
    />
  );
}

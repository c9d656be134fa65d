import type { Metadata } from 'next';
import { ConsultationPack } from '@/components/consultation/consultation-pack';
import { EmptySaved } from '@/components/bookmarks/empty-saved';
import { parseBookmarksPageParams } from '@/lib/bookmarks/page-params';
import { getSavedPack } from '@/lib/consultation/pack';

// The consultation pack for the visitor's saved list, their private notes included: read through
// their cookie, rendered per request, never cached or indexed.

export const metadata: Metadata = { title: 'Consultation pack: saved procedures', robots: { index: false } };

type SavedPackPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SavedPackPage({ searchParams }: SavedPackPageProps) {
  const { sort } = parseBookmarksPageParams(await searchParams);
  const pack = await getSavedPack(sort);
  if (pack.items.length === 0) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">Consultation pack: saved procedures</h1>
        <EmptySaved />
      </div>
    );
  }
  return (
    <ConsultationPack
      title="Consultation pack: saved procedures"
      intro={
        <p>
          Your saved procedures with your notes, the questions to ask and room to write. Your notes appear only here, in this browser: they
          are never in a link.
        </p>
      }
      pack={pack}
      back={{ href: '/bookmarks', label: 'Back to saved procedures' }}
    />
  );
}

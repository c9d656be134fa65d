import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SharedList } from '@/components/bookmarks/shared-list';
import { getSharedList } from '@/lib/bookmarks/server/share';

// Someone's shortlist, read-only, by its unguessable token. No notes, dates or visitor id
// ever reach this page; an unknown or revoked token is a 404 like any missing page.

export const metadata: Metadata = {
  title: 'A shared shortlist',
  // The token is the only key: keep it out of search engines and other sites' referrer logs.
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

type SharedPageProps = { params: Promise<{ token: string }> };

export default async function SharedPage({ params }: SharedPageProps) {
  const list = await getSharedList((await params).token);
  if (!list) notFound();
  return <SharedList items={list.items} />;
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SharedList } from '@/components/bookmarks/shared-list';
import { getSharedList } from '@/lib/bookmarks/server/share';

// Someone's shortlist, read-only, by its unguessable token. No save dates or visitor id ever
// reach this page, notes only if the owner chose; an unknown or revoked token is a 404.

export const metadata: Metadata = {
  title: 'A shared shortlist',
  // The token is the only key: keep it out of search engines and other sites' referrer logs.
  // same-origin, not no-referrer: under no-referrer a plain form post ("Save these to my list"
  // without JavaScript) is sent with Origin: null, which the server-action origin check refuses.
  robots: { index: false, follow: false },
  referrer: 'same-origin',
};

type SharedPageProps = { params: Promise<{ token: string }> };

export default async function SharedPage({ params }: SharedPageProps) {
  const { token } = await params;
  const list = await getSharedList(token);
  if (!list) notFound();
  return <SharedList token={token} items={list.items} notes={list.notes} />;
}

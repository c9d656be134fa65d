import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { cache } from 'react';
import { SHARED_NOT_FOUND_METADATA, SharedNotFound } from '@/components/bookmarks/shared-not-found';
import { SharedList } from '@/components/bookmarks/shared-list';
import { getSharedList } from '@/lib/bookmarks/server/share';
import { markNotFound } from '@/lib/http/not-found-mark.mjs';

// Someone's shortlist, read-only, by its unguessable token. No save dates or visitor id ever
// reach this page, notes only if the owner chose; an unknown or revoked token is a 404.

const SHARED_METADATA: Metadata = {
  title: 'A shared shortlist',
  // The token is the only key: keep it out of search engines and other sites' referrer logs.
  // same-origin, not no-referrer: under no-referrer a plain form post ("Save these to my list"
  // without JavaScript) is sent with Origin: null, which the server-action origin check refuses.
  robots: { index: false, follow: false },
  referrer: 'same-origin',
};

type SharedPageProps = { params: Promise<{ token: string }> };

// One read per request, shared by generateMetadata and the page.
const getList = cache(getSharedList);

export async function generateMetadata({ params }: SharedPageProps): Promise<Metadata> {
  const list = await getList((await params).token);
  return list ? SHARED_METADATA : { ...SHARED_NOT_FOUND_METADATA, referrer: SHARED_METADATA.referrer };
}

export default async function SharedPage({ params }: SharedPageProps) {
  const { token } = await params;
  const list = await getList(token);
  if (!list) {
    // Rendered here, not by notFound(), so the HTML carries the message; the server's edge makes
    // the answer a 404 (lib/http/not-found-mark.mjs).
    markNotFound(await headers());
    return <SharedNotFound />;
  }
  return <SharedList token={token} items={list.items} notes={list.notes} />;
}

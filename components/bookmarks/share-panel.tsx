import { createShare, revokeShare, switchShareNotes } from '@/lib/bookmarks/server/actions';
import type { ShareLinkView } from '@/lib/bookmarks/server/share';
import { secondaryButton, textLink } from '@/components/ui/styles';
import { CopyButton } from './copy-button';

export type SharePanelProps = { link: ShareLinkView | null; origin: string; sort: string };

/** Create, show and revoke the read-only link. Notes are shown there only if the owner ticks the box. */
export function SharePanel({ link, origin, sort }: SharePanelProps) {
  const url = link ? `${origin}/shared/${link.token}` : null;
  return (
    <section id="share" aria-labelledby="share-heading" className="scroll-mt-4 space-y-2">
      <h2 id="share-heading" className="text-base font-semibold text-slate-900">
        Share a read-only link
      </h2>
      {url ? (
        <>
          <p className="text-sm text-slate-700" data-share-notes={link?.includeNotes ? 'included' : 'private'}>
            Anyone with this link can see which procedures you saved{link?.includeNotes ? ', with your notes,' : ', but not your notes,'}{' '}
            and cannot change anything.
          </p>
          <label htmlFor="share-url" className="sr-only">
            Share link
          </label>
          <textarea
            id="share-url"
            readOnly
            rows={3}
            value={url}
            className="block w-full resize-none break-all rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs text-slate-900"
          />
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <CopyButton text={url} label="Copy link" />
            <a href={url} className={textLink} data-share-link>
              Open the shared page
            </a>
            <form action={switchShareNotes}>
              <input type="hidden" name="sort" value={sort} />
              <input type="hidden" name="includeNotes" value={link?.includeNotes ? 'no' : 'yes'} />
              <button type="submit" className={`${secondaryButton} min-h-11`}>
                {link?.includeNotes ? 'Stop showing my notes' : 'Show my notes too'}
              </button>
            </form>
            <form action={revokeShare}>
              <input type="hidden" name="sort" value={sort} />
              <button type="submit" className={`${secondaryButton} min-h-11`}>
                Stop sharing
              </button>
            </form>
          </div>
        </>
      ) : (
        <>
          <p className="text-sm text-slate-700">Show your shortlist to someone else. You can stop sharing at any time.</p>
          <form action={createShare} className="space-y-2">
            <input type="hidden" name="sort" value={sort} />
            <label className="flex items-start gap-2 text-sm text-slate-800">
              <input type="checkbox" name="includeNotes" value="yes" className="mt-0.5 size-4 accent-brand-700" />
              <span>
                Include my notes <span className="text-slate-700">(off unless you tick it: your notes stay private)</span>
              </span>
            </label>
            <button type="submit" className={`${secondaryButton} min-h-11`}>
              Create a share link
            </button>
          </form>
        </>
      )}
    </section>
  );
}

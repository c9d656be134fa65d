import { createShare, revokeShare } from '@/lib/bookmarks/server/actions';
import type { ShareLinkView } from '@/lib/bookmarks/server/share';
import { secondaryButton, textLink } from '@/components/ui/styles';
import { CopyButton } from './copy-button';

export type SharePanelProps = { link: ShareLinkView | null; origin: string; sort: string };

/** Create, show and revoke the read-only link. The shared page never shows notes. */
export function SharePanel({ link, origin, sort }: SharePanelProps) {
  const url = link ? `${origin}/shared/${link.token}` : null;
  return (
    <section id="share" aria-labelledby="share-heading" className="scroll-mt-4 space-y-2">
      <h2 id="share-heading" className="text-base font-semibold text-slate-900">
        Share a read-only link
      </h2>
      {url ? (
        <>
          <p className="text-sm text-slate-700">
            Anyone with this link can see which procedures you saved, but not your notes, and cannot change anything.
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
          <p className="text-sm text-slate-700">
            Show your shortlist to someone else, without your notes. You can stop sharing at any time.
          </p>
          <form action={createShare}>
            <input type="hidden" name="sort" value={sort} />
            <button type="submit" className={`${secondaryButton} min-h-11`}>
              Create a share link
            </button>
          </form>
        </>
      )}
    </section>
  );
}

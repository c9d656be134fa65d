import Link from 'next/link';
import { textLink } from '@/components/ui/styles';
import { SAVED_PACK_HREF } from '@/lib/consultation/pack-url';

/** The saved list's way to its printable pack: a plain link, so it works without JavaScript. */
export function SavedPackLink() {
  return (
    <section aria-labelledby="saved-pack-heading" className="space-y-2">
      <h2 id="saved-pack-heading" className="text-base font-semibold text-slate-900">
        Consultation pack
      </h2>
      <p className="text-sm text-slate-700">Your list and notes, with questions to ask and credential checks, ready to print.</p>
      <p className="text-sm">
        <Link href={SAVED_PACK_HREF} className={textLink}>
          Open the consultation pack
        </Link>
      </p>
    </section>
  );
}

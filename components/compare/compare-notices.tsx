import type { CompareNotice } from '@/lib/compare/notices';

export type CompareNoticesProps = { notices: CompareNotice[] };

/** What we could not use from the link. Ids are rendered as text, so markup in a URL stays inert. */
export function CompareNotices({ notices }: CompareNoticesProps) {
  if (notices.length === 0) return null;
  return (
    <section aria-label="About this link" className="rounded-md border border-sky-300 bg-sky-50 px-4 py-3 text-sm text-sky-950">
      <ul className="space-y-1">
        {notices.map((notice) => (
          <li key={notice.kind} data-notice={notice.kind}>
            {notice.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

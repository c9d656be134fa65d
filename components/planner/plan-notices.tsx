import Link from 'next/link';
import { NoticeBox } from '@/components/ui/notice-box';
import { textLink } from '@/components/ui/styles';
import type { PlanNotice } from '@/lib/planner/schema';

export type PlanNoticesProps = {
  notices: readonly PlanNotice[];
  /** A way out when the event date is of no use (it has passed): the same plan without it. */
  withoutDateHref?: string | null;
};

/** What we could not use, or a date that has passed: said out loud, never silently changed. */
export function PlanNotices({ notices, withoutDateHref }: PlanNoticesProps) {
  if (notices.length === 0) return null;
  return (
    <NoticeBox tone="warning" role="status" title="Please check your plan:">
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {notices.map((notice) => (
          <li key={`${notice.field}:${notice.message}`}>
            <span className="font-semibold">{notice.field}:</span> {notice.message}.
          </li>
        ))}
      </ul>
      {withoutDateHref ? (
        <p className="mt-2">
          <Link href={withoutDateHref} className={textLink}>
            Choose another date
          </Link>
        </p>
      ) : null}
    </NoticeBox>
  );
}

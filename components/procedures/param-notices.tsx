import { NoticeBox } from '@/components/ui/notice-box';
import type { NoticeText } from '@/lib/procedures/list/notice-text';

export type ParamNoticesProps = { notices: NoticeText[] };

/** Parts of the URL we could not use: said out loud, so a shared link never silently changes meaning. */
export function ParamNotices({ notices }: ParamNoticesProps) {
  if (notices.length === 0) return null;
  return (
    <NoticeBox tone="warning" role="status" title="Part of this link couldn't be used:">
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {notices.map((notice) => (
          <li key={notice.field}>{notice.text}</li>
        ))}
      </ul>
    </NoticeBox>
  );
}

import type { ReactNode } from 'react';

export type NoticeBoxProps = {
  tone?: 'info' | 'warning';
  title?: string;
  /** "status" for messages about the page just loaded, so screen readers hear them without focus moving. */
  role?: 'status' | 'note';
  children: ReactNode;
};

const TONES = {
  info: 'border-sky-300 bg-sky-50 text-sky-950',
  warning: 'border-amber-300 bg-amber-50 text-amber-950',
} as const;

export function NoticeBox({ tone = 'info', title, role, children }: NoticeBoxProps) {
  return (
    <div role={role} className={`rounded-md border px-4 py-3 text-sm ${TONES[tone]}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children}
    </div>
  );
}

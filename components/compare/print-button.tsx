'use client';

export type PrintButtonProps = { className?: string };

/** window.print() needs the browser; the printed page itself comes from print: styles. */
export function PrintButton({ className = '' }: PrintButtonProps) {
  return (
    <button type="button" onClick={() => window.print()} className={`no-print ${className}`}>
      Print or save as PDF
    </button>
  );
}

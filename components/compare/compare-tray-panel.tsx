'use client';

import Link from 'next/link';
import { useEffect, useId, useRef } from 'react';
import { MAX_COMPARE, MIN_COMPARE, compareHref } from '@/lib/compare/url';
import { clearTray, removeFromTray, type TrayItem } from '@/lib/compare/tray-store';
import { MAX_TREATMENT, MIN_TREATMENT, treatmentHref } from '@/lib/planner/treatment-url';
import { focusRingDark } from '@/components/ui/styles';

/**
 * The chosen procedures, pinned to the bottom of the viewport: loaded by CompareTray the first
 * time the tray holds something.
 */
export function CompareTrayPanel({ items }: { items: readonly TrayItem[] }) {
  const focusAfterRemove = useRef<number | null>(null);
  const trayRef = useRef<HTMLElement>(null);
  const headingId = useId();

  useEffect(() => {
    const index = focusAfterRemove.current;
    if (index !== null && trayRef.current) {
      focusAfterRemove.current = null;
      // Keep keyboard users in the tray: the next chip's remove button, else the heading.
      const buttons = trayRef.current.querySelectorAll<HTMLButtonElement>('[data-tray-remove]');
      (buttons[Math.min(index, buttons.length - 1)] ?? trayRef.current.querySelector<HTMLElement>('h2'))?.focus();
    }
  }, [items]);

  return (
    <section
      ref={trayRef}
      aria-labelledby={headingId}
      className="no-print sticky bottom-0 z-30 border-t border-slate-300 bg-white/95 shadow-[0_-2px_10px_rgba(15,23,42,0.12)] backdrop-blur"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-2 gap-y-1 px-4 py-2">
        <h2 id={headingId} tabIndex={-1} className="text-sm font-semibold text-slate-900">
          Compare ({items.length} of {MAX_COMPARE}
          {items.length >= MAX_COMPARE ? ', full' : ''})
        </h2>
        {/* On phones the chips take their own line below the actions; the DOM order stays logical. */}
        <ul
          className="order-last flex w-full min-w-0 gap-2 overflow-x-auto pb-1 md:order-none md:w-auto md:flex-1 md:flex-wrap md:overflow-visible md:pb-0"
          aria-label="Chosen procedures"
        >
          {items.map((item, index) => (
            <li key={item.slug} className="flex h-9 shrink-0 items-center rounded-full border border-slate-300 bg-slate-50 pl-3 text-sm">
              <span className="max-w-[10rem] truncate lg:max-w-[12rem]" title={item.name}>
                {item.name}
              </span>
              <button
                type="button"
                data-tray-remove
                onClick={() => {
                  focusAfterRemove.current = index;
                  removeFromTray(item.slug);
                }}
                aria-label={`Remove ${item.name} from the compare tray`}
                className="ml-1 inline-flex h-9 w-9 items-center justify-center rounded-full text-slate-600 hover:bg-slate-200 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-700"
              >
                <span aria-hidden="true">✕</span>
              </button>
            </li>
          ))}
        </ul>
        <div className="ml-auto flex items-center gap-1">
          <button
            type="button"
            onClick={clearTray}
            className="min-h-9 rounded-md px-1.5 text-sm text-slate-700 underline underline-offset-2 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-700"
          >
            Clear <span className="sr-only">compare tray</span>
          </button>
          {items.length >= MIN_TREATMENT && items.length <= MAX_TREATMENT ? (
            <Link
              href={treatmentHref(items.map((item) => item.slug))}
              className="min-h-9 rounded-md px-1.5 text-sm font-medium text-brand-800 underline underline-offset-2 hover:text-brand-900 focus-visible:outline-2 focus-visible:outline-brand-700"
            >
              Plan as one treatment
            </Link>
          ) : null}
          {items.length >= MIN_COMPARE ? (
            <Link
              href={compareHref(items.map((item) => item.slug))}
              className={`inline-flex min-h-9 items-center rounded-md bg-brand-700 px-2.5 text-sm font-semibold text-white hover:bg-brand-800 ${focusRingDark}`}
            >
              Compare now <span className="sr-only">({items.length} procedures)</span>
            </Link>
          ) : (
            <span className="text-sm text-slate-700">Add one more to compare</span>
          )}
        </div>
      </div>
    </section>
  );
}

import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { CompareTray } from '@/components/compare/compare-tray';
import { MedicalNotice } from '@/components/layout/medical-notice';
import { ProcedureControls } from '@/components/layout/procedure-controls';
import { SiteHeader } from '@/components/layout/site-header';
import { getSiteUrl } from '@/lib/config/env';
import './globals.css';

export function generateMetadata(): Metadata {
  // Canonical links (procedure, concern and compare pages) resolve against the public address.
  const siteUrl = getSiteUrl();
  return {
    ...(siteUrl ? { metadataBase: siteUrl } : {}),
    title: { default: 'Procedure Compare: cosmetic dermatology vs plastic surgery', template: '%s · Procedure Compare' },
    description:
      'Compare cosmetic procedures by recovery time, cost, risks and results, with sources: from Botox and fillers to facelifts.',
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          Skip to content
        </a>
        <SiteHeader />
        <div className="mx-auto max-w-6xl px-4 pt-4">
          <MedicalNotice variant="short" />
        </div>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
        <footer className="mx-auto max-w-6xl px-4 pb-10 text-xs text-slate-600">
          Catalog figures come from the sources cited beside each figure on every procedure page;{' '}
          <Link href="/about/data" className="underline underline-offset-2">
            how we choose and rank them
          </Link>
          .
        </footer>
        <CompareTray />
        <ProcedureControls />
      </body>
    </html>
  );
}

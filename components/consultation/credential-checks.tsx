'use client';

import { textLink } from '@/components/ui/styles';
import type { CredentialCheck } from '@/lib/consultation/schema';

export type CredentialChecksProps = {
  checks: CredentialCheck[];
  /** The section's heading level where it sits: a page section (h2) or a sub-section (h3). */
  heading: 'h2' | 'h3';
};

/** The public tools that answer "is this provider who they say they are?". */
export function CredentialChecks({ checks, heading: Heading }: CredentialChecksProps) {
  return (
    <section aria-labelledby="credential-checks-heading" data-credential-checks="" className="break-inside-avoid">
      <Heading id="credential-checks-heading" className="text-lg font-semibold text-slate-900">
        Check a provider’s credentials
      </Heading>
      <p className="mt-1 text-sm text-slate-700">Free public lookups, run by the boards and societies themselves:</p>
      <ul className="mt-2 space-y-2">
        {checks.map((check) => (
          <li key={check.id} data-check={check.id}>
            <a href={check.url} className={textLink}>
              {check.title}
            </a>{' '}
            <span className="text-sm text-slate-700">({check.publisher})</span>
            <span className="block text-sm text-slate-800">{check.what}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

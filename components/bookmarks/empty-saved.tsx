import Link from 'next/link';
import { primaryButton } from '@/components/ui/styles';

export function EmptySaved() {
  return (
    <div className="max-w-2xl space-y-3 rounded-lg border border-dashed border-slate-300 bg-white p-6">
      <h2 className="text-lg font-semibold text-slate-900">Nothing saved yet</h2>
      <p className="text-slate-800">
        Press <strong>Save</strong> on any procedure to keep it here, add private notes, and compare your shortlist side by side.
      </p>
      <Link href="/procedures" className={`${primaryButton} min-h-11`}>
        Browse procedures
      </Link>
    </div>
  );
}

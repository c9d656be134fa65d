import type { Metadata } from 'next';
import { NotFoundPanel } from '@/components/ui/not-found-panel';

export const metadata: Metadata = { title: 'Procedure not found' };

export default function ProcedureNotFound() {
  return (
    <NotFoundPanel title="We don't have that procedure">
      <p className="text-slate-800">
        It may have been renamed, or it isn&apos;t in our catalog yet. Search the list by name, alias or brand.
      </p>
    </NotFoundPanel>
  );
}

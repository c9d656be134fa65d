import Link from 'next/link';
import { focusRing } from '@/components/ui/styles';
import { toListHref } from '@/lib/procedures/list/active-filters';
import { humanize } from '@/lib/procedures/labels';
import type { ProcedureDetail } from '@/lib/procedures/catalog/view';
import type { ListParams } from '@/lib/procedures/list/search-params';

export type NamesAndUsesProps = Pick<ProcedureDetail, 'aliases' | 'brands' | 'concerns' | 'bodyAreas'>;

function TagLinks({ values, field }: { values: string[]; field: 'concern' | 'area' }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-2">
      {values.map((value) => (
        <li key={value}>
          <Link
            href={toListHref({ [field]: [value] } as Partial<ListParams>)}
            className={`inline-block rounded-full border border-slate-300 bg-white px-3 py-1 text-sm text-brand-800 hover:border-brand-600 hover:bg-brand-50 ${focusRing}`}
          >
            {humanize(value)}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function NameList({ title, names }: { title: string; names: string[] }) {
  return (
    <div>
      <h3 className="font-semibold text-slate-900">{title}</h3>
      {names.length ? <p className="mt-1 text-slate-800">{names.join(', ')}</p> : <p className="mt-1 italic text-slate-700">None listed</p>}
    </div>
  );
}

/** Other names people search for, and links to everything else that treats the same concern or area. */
export function NamesAndUses({ aliases, brands, concerns, bodyAreas }: NamesAndUsesProps) {
  return (
    <section aria-labelledby="names-heading" className="space-y-4">
      <h2 id="names-heading" className="text-lg font-semibold text-slate-900">
        Also known as, and what it treats
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        <NameList title="Other names" names={aliases} />
        <NameList title="Brands" names={brands} />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <h3 className="font-semibold text-slate-900">Concerns</h3>
          <p className="text-sm text-slate-700">See every procedure for a concern.</p>
          <TagLinks values={concerns} field="concern" />
        </div>
        <div>
          <h3 className="font-semibold text-slate-900">Body areas</h3>
          <p className="text-sm text-slate-700">See every procedure for an area.</p>
          <TagLinks values={bodyAreas} field="area" />
        </div>
      </div>
    </section>
  );
}

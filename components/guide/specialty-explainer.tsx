import Link from 'next/link';
import { textLink } from '@/components/ui/styles';

// Plain-language descriptions. Kept general on purpose: the numbers on this page come from
// the catalog, not from these sentences.

const SPECIALTIES = [
  {
    key: 'cosmetic_dermatology',
    title: 'Cosmetic dermatology',
    text: 'Treatments that work on or just under the skin: wrinkle-relaxing injections, fillers, lasers and light devices, chemical peels, microneedling and fat-reducing devices. They are usually done in a clinic, often with numbing cream or a local anesthetic, and many need repeat sessions to keep the effect.',
    href: '/procedures?specialty=cosmetic_dermatology',
    link: 'Browse cosmetic dermatology procedures',
  },
  {
    key: 'plastic_surgery',
    title: 'Plastic surgery',
    text: 'Operations that reshape the face or body, such as eyelid surgery, facelifts, liposuction, tummy tucks and breast surgery. They involve incisions, usually sedation or general anesthesia, and a recovery you plan in advance; the changes are usually longer-lasting.',
    href: '/procedures?specialty=plastic_surgery',
    link: 'Browse plastic surgery procedures',
  },
] as const;

export function SpecialtyExplainer() {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {SPECIALTIES.map((specialty) => (
        <section
          key={specialty.key}
          aria-labelledby={`explainer-${specialty.key}`}
          className="rounded-lg border border-slate-200 bg-white p-5"
        >
          <h3 id={`explainer-${specialty.key}`} className="text-lg font-semibold text-slate-900">
            {specialty.title}
          </h3>
          <p className="mt-2 text-slate-800">{specialty.text}</p>
          <p className="mt-3">
            <Link href={specialty.href} className={textLink}>
              {specialty.link}
            </Link>
          </p>
        </section>
      ))}
    </div>
  );
}

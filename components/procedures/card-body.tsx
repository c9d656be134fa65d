'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import type { CardFact, CardSummary } from '@/lib/procedures/figures/card-summary';
import { ProcedureActions } from './procedure-actions';

// A procedure card's markup. A client component with no state or effects, for its payload: a
// server component's output travels twice (as HTML and as React's element tree), a client
// component's once, plus its props, which here are the card's words (lib/procedures/figures/card-summary.ts).
// Styles are the short component classes in app/globals.css.

export type CardBodyProps = {
  card: CardSummary;
  /** Per-card controls; "default" is compare and save (ProcedureActions), left out when absent. */
  actions?: ReactNode | 'default';
  headingLevel?: 'h2' | 'h3';
};

function Fact({ fact }: { fact: CardFact }) {
  return (
    <div className={fact.wide ? 'col-span-2' : undefined}>
      <dt>{fact.label}</dt>
      <dd data-field={fact.field} data-missing={fact.missing ? '' : undefined} data-risk={fact.risk}>
        {fact.text}
        {fact.note ? <small>{fact.note}</small> : null}
      </dd>
    </div>
  );
}

function cautionsText(count: number): string {
  return count === 0 ? 'No condition-specific cautions found' : `Health cautions for ${count} ${count === 1 ? 'condition' : 'conditions'}`;
}

export function CardBody({ card, actions, headingLevel = 'h3' }: CardBodyProps) {
  const Heading = headingLevel;
  const headingId = `procedure-${card.slug}`;
  return (
    <article aria-labelledby={headingId} data-slug={card.slug} data-caution-scope={card.name} className="procedure-card">
      <Heading id={headingId}>
        <Link href={`/procedures/${card.slug}`} className="title-link">
          {card.name}
        </Link>
      </Heading>
      <p className="card-meta">{card.meta}</p>
      <dl className="card-facts">
        {card.facts.map((fact) => (
          <Fact key={fact.field} fact={fact} />
        ))}
      </dl>
      {/* The "About me" panel (lib/cautions/flags.ts) fills the slot when a ticked condition is listed. */}
      <p className="card-cautions" data-conditions={card.cautions.conditions}>
        <Link href={`/procedures/${card.slug}#cautions`} className="text-link">
          {cautionsText(card.cautions.count)}
          <span className="sr-only">{` for ${card.name}`}</span>
        </Link>
        {card.cautions.conditions ? <strong data-flag-slot="" className="caution-flag-slot" /> : null}
      </p>
      {actions ? (
        <div className="card-actions">{actions === 'default' ? <ProcedureActions slug={card.slug} name={card.name} /> : actions}</div>
      ) : null}
    </article>
  );
}

// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsultationPack } from '@/components/consultation/consultation-pack';
import type { ConsultationPackView } from '@/lib/consultation/pack';
import { questionsForProcedures } from '@/lib/consultation/questions';
import { CONSULTATION } from '@/lib/consultation/schema';
import { makeProcedure } from '../compare/fixtures';

// The pack as rendered from its view model: notes only for saved lists, honest empty groups.

afterEach(cleanup);

function pack(items: ConsultationPackView['items']): ConsultationPackView {
  return { items, questions: questionsForProcedures(items.map((item) => item.procedure)), checks: CONSULTATION.credentialChecks };
}

const filler = makeProcedure({ slug: 'lip-filler', name: 'Lip filler', category: 'dermal_filler' });
const thread = makeProcedure({ slug: 'thread-lift', name: 'Thread lift', category: 'thread_lift', cost: null });

describe('ConsultationPack', () => {
  it('shows a saved note, says when there is none, and shows no note block for a comparison', () => {
    const { rerender } = render(
      <ConsultationPack
        title="Pack"
        intro="Intro"
        pack={pack([
          { procedure: filler, note: 'Before the <b>wedding</b>' },
          { procedure: thread, note: null },
        ])}
        back={{ href: '/bookmarks', label: 'Back' }}
      />,
    );
    const fillerBlock = screen.getByRole('region', { name: 'Lip filler' });
    // A note is text, never markup.
    expect(within(fillerBlock).getByText('Before the <b>wedding</b>')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Thread lift' })).getByText('No note saved.')).toBeTruthy();

    rerender(
      <ConsultationPack title="Pack" intro="Intro" pack={pack([{ procedure: filler }])} back={{ href: '/compare', label: 'Back' }} />,
    );
    expect(screen.queryByText('Your saved note')).toBeNull();
  });

  it('says so where no source adds questions for a category, and links each procedure to its group', () => {
    render(<ConsultationPack title="Pack" intro="Intro" pack={pack([{ procedure: thread }])} back={{ href: '/compare', label: 'Back' }} />);
    const link = within(screen.getByRole('region', { name: 'Thread lift' })).getByRole('link', { name: 'for thread lift' });
    const group = document.querySelector(link.getAttribute('href') ?? '#none');
    expect(group?.textContent).toMatch(/None of our sources adds a question/);
    expect(screen.getAllByText(/Your notes/).length).toBe(2);
  });
});

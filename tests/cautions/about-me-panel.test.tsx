// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { AboutMePanel } from '@/components/cautions/about-me-panel';
import { CautionFlags, CautionList } from '@/components/cautions/caution-list';
import { cautionsFor } from '@/lib/cautions/for-procedure';
import { ABOUT_ME_STORAGE_KEY } from '@/lib/cautions/storage';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

function Card({ slug, name, category }: { slug: string; name: string; category: string }) {
  const cautions = cautionsFor({ slug, category });
  return (
    <article data-caution-scope={name} data-slug={slug}>
      <h3>{name}</h3>
      <CautionFlags cautions={cautions} />
      <CautionList cautions={cautions} />
    </article>
  );
}

function Page() {
  return (
    <>
      <AboutMePanel />
      <Card slug="botox" name="Botox" category="neuromodulator" />
      <Card slug="deep-chemical-peel" name="Deep chemical peel" category="chemical_peel" />
      <Card slug="thread-lift" name="Thread lift" category="thread_lift" />
    </>
  );
}

describe('AboutMePanel', () => {
  it('stores ticks in localStorage only, flags the matching cautions with the reason and hides nothing', async () => {
    render(<Page />);
    const darker = await screen.findByRole('checkbox', { name: 'Darker skin tone (Fitzpatrick IV–VI)' });
    expect((darker as HTMLInputElement).disabled).toBe(false);
    // No name: a surrounding form could never submit a condition into a URL.
    expect(darker.getAttribute('name')).toBeNull();

    fireEvent.click(darker);
    expect(JSON.parse(localStorage.getItem(ABOUT_ME_STORAGE_KEY)!)).toEqual(['darker-skin']);

    const peel = document.querySelector('[data-slug="deep-chemical-peel"]')!;
    await waitFor(() => expect(peel.hasAttribute('data-flagged')).toBe(true));
    const flag = peel.querySelector('[data-flag][data-condition="darker-skin"]')!;
    expect(flag.hasAttribute('data-matched')).toBe(true);
    expect(flag.textContent).toContain('Flagged for you: Darker skin tone');
    expect(flag.textContent).toContain('deep chemical peels should be avoided');
    expect(document.querySelector('[data-slug="botox"]')!.hasAttribute('data-flagged')).toBe(false);
    expect(screen.getByRole('status').textContent).toContain('Deep chemical peel');
    // Every card and every caution is still there.
    expect(document.querySelectorAll('article')).toHaveLength(3);
    expect(document.querySelectorAll('[data-caution-list] [data-condition]').length).toBeGreaterThan(3);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Pregnant or breastfeeding' }));
    await waitFor(() => expect(document.querySelector('[data-slug="botox"]')!.hasAttribute('data-flagged')).toBe(true));
    expect(JSON.parse(localStorage.getItem(ABOUT_ME_STORAGE_KEY)!)).toEqual(['pregnancy', 'darker-skin']);

    fireEvent.click(screen.getByRole('button', { name: 'Clear my ticks' }));
    await waitFor(() => expect(document.querySelectorAll('[data-flagged], [data-matched]')).toHaveLength(0));
    expect(localStorage.getItem(ABOUT_ME_STORAGE_KEY)).toBeNull();
  });

  it('restores the ticks from storage and flags content added later', async () => {
    localStorage.setItem(ABOUT_ME_STORAGE_KEY, JSON.stringify(['autoimmune']));
    const { rerender } = render(<AboutMePanel />);
    const autoimmune = (await screen.findByRole('checkbox', { name: 'Autoimmune or neuromuscular disease' })) as HTMLInputElement;
    expect(autoimmune.checked).toBe(true);
    await act(async () => rerender(<Page />));
    await waitFor(() => expect(document.querySelector('[data-slug="botox"]')!.hasAttribute('data-flagged')).toBe(true));
  });

  it('renders, without JavaScript, a disabled panel that says every caution is shown in full', () => {
    const html = renderToString(<AboutMePanel />);
    expect(html).toContain('This panel needs JavaScript. Every caution is shown in full');
    expect(html).toMatch(/<fieldset[^>]*disabled/);
  });
});

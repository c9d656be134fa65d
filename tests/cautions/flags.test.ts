// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { applyFlags, describeFlags } from '@/lib/cautions/flags';
import { ABOUT_ME_STORAGE_KEY, getConditionsSnapshot, setConditions } from '@/lib/cautions/storage';

afterEach(() => {
  document.body.innerHTML = '';
  localStorage.clear();
});

describe('about-me storage', () => {
  it('round-trips the ticked ids in the fixed order and drops anything unknown or malformed', () => {
    setConditions(['smoking', 'pregnancy']);
    expect(JSON.parse(localStorage.getItem(ABOUT_ME_STORAGE_KEY)!)).toEqual(['pregnancy', 'smoking']);
    expect(getConditionsSnapshot()).toEqual(['pregnancy', 'smoking']);
    localStorage.setItem(ABOUT_ME_STORAGE_KEY, JSON.stringify(['keloids', 'hay-fever']));
    expect(getConditionsSnapshot()).toEqual(['keloids']);
    localStorage.setItem(ABOUT_ME_STORAGE_KEY, '{not json');
    expect(getConditionsSnapshot()).toEqual([]);
    setConditions([]);
    expect(localStorage.getItem(ABOUT_ME_STORAGE_KEY)).toBeNull();
  });
});

describe('applyFlags', () => {
  it("names a card's matching conditions in its one summary line, and clears it when unticked", () => {
    document.body.innerHTML = `
      <article data-caution-scope="Botox"><p data-conditions="pregnancy cold-sores"><a href="#">Health cautions</a><strong data-flag-slot></strong></p></article>
      <article data-caution-scope="Thread lift"><p><a href="#">No condition-specific cautions found</a><strong data-flag-slot></strong></p></article>`;
    const result = applyFlags(document, ['cold-sores', 'pregnancy', 'smoking']);
    expect(result.flagged).toEqual(['Botox']);
    const slots = document.querySelectorAll('[data-flag-slot]');
    expect(slots[0]!.textContent).toBe('Flagged for you: Pregnant or breastfeeding; Active cold sores or infection at the site.');
    expect(slots[1]!.textContent).toBe('');
    applyFlags(document, ['smoking']);
    expect(slots[0]!.textContent).toBe('');
    expect(document.querySelector('[data-conditions]')!.hasAttribute('data-matched')).toBe(false);
    expect(document.querySelector('[data-caution-scope="Botox"]')!.hasAttribute('data-flagged')).toBe(false);
  });

  it('marks matching cautions and flags their container, and unmarks them when unticked', () => {
    document.body.innerHTML = `
      <article data-caution-scope="Botox"><li data-condition="pregnancy"></li><span data-condition-none="smoking"></span></article>
      <article data-caution-scope="Facelift"><li data-condition="smoking"></li></article>
      <article data-caution-scope="Lip filler"><span data-condition-none="pregnancy"></span></article>`;
    const result = applyFlags(document, ['pregnancy']);
    expect(result.flagged).toEqual(['Botox']);
    expect(document.querySelector('[data-condition="pregnancy"]')!.hasAttribute('data-matched')).toBe(true);
    expect(document.querySelector('[data-condition="smoking"]')!.hasAttribute('data-matched')).toBe(false);
    // "No caution found" is highlighted but never flags its container.
    expect(document.querySelector('[data-condition-none="pregnancy"]')!.hasAttribute('data-matched')).toBe(true);
    expect(document.querySelector('[data-caution-scope="Lip filler"]')!.hasAttribute('data-flagged')).toBe(false);
    expect(describeFlags(['pregnancy'], result)).toContain('Botox');

    applyFlags(document, []);
    expect(document.querySelectorAll('[data-matched], [data-flagged]')).toHaveLength(0);
    // Nothing is removed or hidden by the flags themselves.
    expect(document.querySelectorAll('article')).toHaveLength(3);
  });
});

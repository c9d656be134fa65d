// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyFilterFormState, getFilterFormState, getQueryFromFormData } from '@/lib/procedures/list/filter-query';
import { makeParams } from './ui-fixtures';

describe('getQueryFromFormData', () => {
  it('drops blank fields and defaults, so the URL is canonical', () => {
    const data = new URLSearchParams('q=&downtimeDays=2&specialty=&sort=downtime&costMax=&category=surgery&category=dermal_filler');
    expect(getQueryFromFormData(data)).toBe('?downtimeDays=2&category=dermal_filler&category=surgery');
  });

  it('starts again at page 1 and keeps a non-default page size', () => {
    expect(getQueryFromFormData(new URLSearchParams('page=4&pageSize=10&sort=name'))).toBe('?sort=name&pageSize=10');
  });

  it('gives an empty query for an empty form', () => {
    expect(getQueryFromFormData(new FormData())).toBe('');
  });
});

describe('form state', () => {
  function renderForm(): HTMLFormElement {
    document.body.innerHTML = `
      <form>
        <input type="search" name="q" value="stale" />
        <input type="radio" name="downtimeDays" value="2" checked />
        <input type="radio" name="downtimeDays" value="" />
        <input type="checkbox" name="category" value="surgery" checked />
        <input type="checkbox" name="category" value="dermal_filler" />
        <select name="sort"><option value="downtime">d</option><option value="cost" selected>c</option></select>
        <input type="hidden" name="pageSize" value="10" />
      </form>`;
    return document.querySelector('form') as HTMLFormElement;
  }

  it('describes what each input shows for the params', () => {
    expect(getFilterFormState(makeParams({ downtimeDays: 7, category: ['surgery'] }))).toMatchObject({
      q: [''],
      downtimeDays: ['7'],
      specialty: [''],
      sort: ['downtime'],
      category: ['surgery'],
    });
  });

  it('makes a mounted form show the state (as after back/forward)', () => {
    const form = renderForm();
    applyFilterFormState(form, getFilterFormState(makeParams({ category: ['dermal_filler'] })));
    const data = new FormData(form);
    expect(data.get('q')).toBe('');
    expect(data.get('downtimeDays')).toBe('');
    expect(data.getAll('category')).toEqual(['dermal_filler']);
    expect(data.get('sort')).toBe('downtime');
    expect(data.get('pageSize')).toBe('10');
  });

  it('leaves the text field being typed in alone', () => {
    const form = renderForm();
    const search = form.querySelector<HTMLInputElement>('input[name="q"]');
    search?.focus();
    applyFilterFormState(form, getFilterFormState(makeParams()));
    expect(search?.value).toBe('stale');
  });
});

import { describe, expect, it } from 'vitest';
import { cmeActivityOf, cmeFormProblems, cmeValuesOf, emptyCmeValues, parseHours } from './cme';

describe('parseHours', () => {
  it('reads hours as people type them and refuses what is not a number of hours', () => {
    const cases: [string, ReturnType<typeof parseHours>['kind'], number?][] = [
      ['', 'empty'],
      ['   ', 'empty'],
      ['2', 'value', 2],
      ['2.5', 'value', 2.5],
      ['0.25', 'value', 0.25],
      ['.5', 'value', 0.5],
      ['1,5', 'value', 1.5],
      [' 12 ', 'value', 12],
      ['0', 'value', 0],
      ['0.125', 'invalid'],
      ['two', 'invalid'],
      ['-1', 'invalid'],
      ['1.2.3', 'invalid'],
      ['1e3', 'invalid'],
    ];
    for (const [text, kind, value] of cases) {
      const got = parseHours(text);
      expect(got.kind, text).toBe(kind);
      if (got.kind === 'value') expect(got.value, text).toBe(value);
    }
  });
});

describe('the CME form values', () => {
  const full = { ...emptyCmeValues(), title: ' Safe prescribing ', provider: 'TMA', completed: '03/15/2026', hours: '2,5', category: 'ama_pra_category_2' as const, topics: ['pain_management' as const], note: 'online' };

  it('finds what cannot be sent, at its field', () => {
    const cases: [string, Partial<typeof full>, string[]][] = [
      ['complete', {}, []],
      ['no title', { title: '  ' }, ['title']],
      ['no date', { completed: '' }, ['completed']],
      ['a date not on the calendar', { completed: '02/30/2026' }, ['completed']],
      ['no hours', { hours: '' }, ['hours']],
      ['hours that are not a number', { hours: 'two' }, ['hours']],
      ['no provider is fine', { provider: '' }, []],
    ];
    for (const [name, change, fields] of cases) {
      expect(cmeFormProblems({ ...full, ...change }).map((i) => i.field), name).toEqual(fields);
    }
  });

  it('becomes the activity it describes and back', () => {
    const a = cmeActivityOf('a1', full);
    expect(a).toEqual({ id: 'a1', title: 'Safe prescribing', provider: 'TMA', completed: '2026-03-15', hours: 2.5, category: 'ama_pra_category_2', topics: ['pain_management'], note: 'online' });
    expect(cmeValuesOf(a)).toEqual({ ...full, title: 'Safe prescribing', completed: '2026-03-15', hours: '2.5' });
  });
});

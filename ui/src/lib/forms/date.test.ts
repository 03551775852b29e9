import { describe, expect, it } from 'vitest';
import { normalizedDate, parseDate } from './date';

describe('parseDate', () => {
  const cases: { name: string; typed: string; expected: string | 'empty' | 'invalid' }[] = [
    { name: 'empty', typed: '', expected: 'empty' },
    { name: 'spaces only', typed: '   ', expected: 'empty' },
    { name: 'ISO', typed: '2015-07-01', expected: '2015-07-01' },
    { name: 'ISO with slashes', typed: '2015/7/1', expected: '2015-07-01' },
    { name: 'US with slashes', typed: '07/01/2015', expected: '2015-07-01' },
    { name: 'US without leading zeros', typed: '7/1/2015', expected: '2015-07-01' },
    { name: 'US with dashes', typed: '07-01-2015', expected: '2015-07-01' },
    { name: 'US with dots', typed: '07.01.2015', expected: '2015-07-01' },
    { name: 'eight digits, month first (as typed into a card field)', typed: '07012015', expected: '2015-07-01' },
    { name: 'eight digits, year first', typed: '20150701', expected: '2015-07-01' },
    { name: 'eight digits, December 31', typed: '12312020', expected: '2020-12-31' },
    { name: 'eight digits, year first at year end', typed: '20201231', expected: '2020-12-31' },
    { name: 'surrounding spaces', typed: ' 01/31/2027 ', expected: '2027-01-31' },
    { name: 'leap day in a leap year', typed: '02/29/2028', expected: '2028-02-29' },
    { name: 'leap day in a common year', typed: '02/29/2027', expected: 'invalid' },
    { name: 'leap day in 2100 (not a leap year)', typed: '2100-02-29', expected: 'invalid' },
    { name: 'day 31 of a 30-day month', typed: '04/31/2027', expected: 'invalid' },
    { name: 'month 13', typed: '13/01/2027', expected: 'invalid' },
    { name: 'day-first European date is not guessed', typed: '31/01/2027', expected: 'invalid' },
    { name: 'two-digit year', typed: '07/01/15', expected: 'invalid' },
    { name: 'seven digits (one lost)', typed: '0701201', expected: 'invalid' },
    { name: 'words', typed: 'next June', expected: 'invalid' },
    { name: 'year out of range', typed: '1850-01-01', expected: 'invalid' },
    { name: 'half-filled as WebKit leaves it', typed: '07/01/', expected: 'invalid' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const d = parseDate(c.typed);
      if (c.expected === 'empty') expect(d).toEqual({ kind: 'empty' });
      else if (c.expected === 'invalid') {
        expect(d.kind).toBe('invalid');
        if (d.kind === 'invalid') expect(d.message).toMatch(/YYYY-MM-DD or MM\/DD\/YYYY/);
      } else expect(d).toEqual({ kind: 'value', value: c.expected });
    });
  }
});

describe('normalizedDate', () => {
  it('shows a date it read in ISO form', () => expect(normalizedDate('07012015')).toBe('2015-07-01'));
  it('keeps what it could not read, to be mended', () => expect(normalizedDate('07/01/')).toBe('07/01/'));
  it('keeps empty empty', () => expect(normalizedDate('')).toBe(''));
});

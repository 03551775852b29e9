import { describe, expect, it } from 'vitest';
import { barText, cmeBars, hoursText, licenseSummary, percent, shownCmeFields, statusLabel } from './cme';
import { license } from '../../test/cme';

describe('CME formatters', () => {
  it('writes hours in words', () => {
    const cases: [number, string][] = [[1, '1 hour'], [2, '2 hours'], [2.5, '2.5 hours'], [0.25, '0.25 hours'], [0, '0 hours'], [0.1 + 0.2, '0.3 hours']];
    for (const [n, text] of cases) expect(hoursText(n), String(n)).toBe(text);
  });

  it('fills a bar by the share done, never beyond its ends', () => {
    const cases: [number, number | null, Parameters<typeof percent>[2], number][] = [
      [0, 48, 'missing', 0],
      [12, 48, 'missing', 25],
      [60, 48, 'met', 100],
      [0, null, 'met', 100],
      [0, null, 'missing', 0],
      [0, 0, 'verify', 0],
    ];
    for (const [done, required, status, want] of cases) expect(percent(done, required, status), `${done}/${required}`).toBe(want);
  });

  it('makes a bar of each requirement: total, Category 1, then each topic', () => {
    const bars = cmeBars(license());
    expect(bars.map((b) => [b.key, b.label, b.status, b.due])).toEqual([
      ['total', 'Total hours', 'missing', '2027-02-28'],
      ['category1', 'Category 1 hours', 'missing', '2027-02-28'],
      ['topic-0', '2 hours of ethics and professional responsibility', 'missing', '2027-02-28'],
    ]);
    expect(bars.map(barText)).toEqual(['2 of 48 hours: 46 hours missing', '2 of 24 hours: 22 hours missing', '0 of 2 hours: 2 hours missing']);
    const met = cmeBars(license({ total: { required: 48, done: 50, missing: 0 }, category1: null, topics: [] }));
    expect(met.map((b) => [b.key, b.status, b.due, barText(b)])).toEqual([['total', 'met', null, '50 of 48 hours: done']]);
  });

  it('says verify and not required in words, with the reason kept', () => {
    const l = license({ total: null, category1: null });
    const topic = license().topics[0];
    if (!topic) throw new Error('the fixture has a topic');
    l.topics = [{ ...topic, status: 'verify', required: null, reason: 'only for direct patient care: verify whether it applies' }];
    const bars = cmeBars(l);
    expect(bars.map(barText)).toEqual([statusLabel('verify')]);
    expect(bars[0]?.reason).toContain('verify whether it applies');
  });

  it('sums up a license: what is missing and by when, done, or verify', () => {
    expect(licenseSummary(license())).toBe('46 hours, 22 Category 1 hours and 2 hours of ethics still needed by 2027-02-28.');
    expect(licenseSummary(license({ status: 'met', shortfall: '' }))).toBe('CME complete for the renewal on 2027-02-28.');
    expect(licenseSummary(license({ status: 'verify' }))).toContain('Verify with the board');
    expect(licenseSummary(license({ status: 'missing', shortfall: '', due: null }))).toBe('CME still needed.');
  });

  it('shows the date and the hours of every transcript row, and other fields when mapped', () => {
    expect(shownCmeFields(['title', 'ignore']).map((f) => f.field)).toEqual(['title', 'completed', 'hours']);
    expect(shownCmeFields(['topics', 'category', 'note']).map((f) => f.field)).toEqual(['completed', 'hours', 'category', 'topics', 'note']);
  });
});

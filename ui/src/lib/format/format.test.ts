import { describe, expect, it } from 'vitest';
import { yearlyPay, sortOffers } from './offer';
import { daysLeftLabel, groupTimeline, horizon } from './deadline';
import { describeRoute, factRows, needsVerify } from './reference';
import { loqCountdown } from './eligibility';
import type { Confidence, LoqStanding, MalpracticeRequirement } from '../ipc';
import { deadline, fact, facts, item, judged, verdict } from '../../test/fixtures';

describe('yearlyPay', () => {
  const cases: { name: string; pay: string; expected: number | null }[] = [
    { name: 'hourly with slash', pay: '$180/h', expected: 180 * 2080 },
    { name: 'hourly in words', pay: '$200 per hour', expected: 200 * 2080 },
    { name: 'hourly "an hour"', pay: '150 an hour', expected: 150 * 2080 },
    { name: 'thousands per year', pay: '$260k/yr', expected: 260_000 },
    { name: 'with commas', pay: '$150,000 a year', expected: 150_000 },
    { name: 'decimals', pay: '$95.50/hr', expected: 95.5 * 2080 },
    { name: 'no number', pay: 'negotiable', expected: null },
    { name: 'empty', pay: '', expected: null },
  ];
  for (const c of cases) {
    it(c.name, () => expect(yearlyPay(c.pay)).toBe(c.expected));
  }

  it('sorts unreadable pay last and keeps ties in store order', () => {
    const list = [
      judged('a', '2027-01-01', 'tbd', verdict('a', 'verify')),
      judged('b', '2027-01-01', '$100k', verdict('b', 'verify')),
      judged('c', '2027-01-01', '$100,000', verdict('c', 'verify')),
      judged('d', '2027-01-01', '$60/h', verdict('d', 'verify')),
    ];
    expect(sortOffers(list, 'pay').map((o) => o.offer.id)).toEqual(['d', 'b', 'c', 'a']);
    expect(sortOffers(list, 'start').map((o) => o.offer.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('groupTimeline', () => {
  const today = '2026-11-26';
  const cases: { name: string; due: string; days: number; where: 'passed' | 'beyond' | string }[] = [
    { name: 'lapsed yesterday', due: '2026-11-25', days: -1, where: 'passed' },
    { name: 'due today is not passed', due: '2026-11-26', days: 0, where: '2026-11' },
    { name: 'next month', due: '2026-12-31', days: 35, where: '2026-12' },
    { name: 'last day inside twelve months', due: '2027-11-25', days: 364, where: '2027-11' },
    { name: 'exactly twelve months out', due: '2027-11-26', days: 365, where: 'beyond' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const t = groupTimeline([item(deadline(c.name, c.due, c.days))], today);
      if (c.where === 'passed') expect(t.passed).toHaveLength(1);
      else if (c.where === 'beyond') expect(t.beyond).toHaveLength(1);
      else expect(t.months.map((m) => m.key)).toEqual([c.where]);
    });
  }

  it('rolls a leap day over to the next year', () => {
    expect(horizon('2028-02-29')).toBe('2029-02-29');
    // "2029-02-29" is not a date, but as text it still sorts after 2029-02-28 and before 2029-03-01
    const t = groupTimeline([item(deadline('a', '2029-02-28', 365)), item(deadline('b', '2029-03-01', 366))], '2028-02-29');
    expect(t.months.map((m) => m.key)).toEqual(['2029-02']);
    expect(t.beyond).toHaveLength(1);
  });

  it('labels days left', () => {
    const cases: [number, string][] = [[0, 'today'], [1, 'in 1 day'], [12, 'in 12 days'], [-1, '1 day ago'], [-30, '30 days ago']];
    for (const [days, label] of cases) expect(daysLeftLabel(days), String(days)).toBe(label);
  });
});

describe('reference facts', () => {
  const cases: { name: string; confidence: Confidence; value: boolean | null; verify: boolean }[] = [
    { name: 'verified with a value', confidence: 'verified', value: true, verify: false },
    { name: 'secondary with a value', confidence: 'secondary', value: false, verify: false },
    { name: 'conflicting, even with a value', confidence: 'conflicting', value: true, verify: true },
    { name: 'unknown', confidence: 'unknown', value: null, verify: true },
    { name: 'verified without a value', confidence: 'verified', value: null, verify: true },
  ];
  for (const c of cases) {
    it(c.name, () => expect(needsVerify(fact(c.value, c.confidence))).toBe(c.verify));
  }

  it('flags a compact missing from the data', () => {
    const f = facts();
    delete f.compacts.psypact;
    const row = factRows(f).find((r) => r.key === 'compact:psypact');
    expect(row?.verify).toBe(true);
    expect(row?.value).toBe('Not in the reference data');
  });

  it('describes malpractice rules with money and the fund to join', () => {
    const fund = { name: 'Health Care Stabilization Fund', mandatory: true, layer_per_claim_usd: 500_000, layer_aggregate_usd: 1_500_000, how_to_join: '' };
    const cases: [string, MalpracticeRequirement, string][] = [
      ['a mandate with a fund', { rule: 'mandate', min_per_claim_usd: 1_000_000, min_aggregate_usd: null, fund, alternatives: '', applies_to_telehealth: true }, 'Coverage required; $1,000,000 per claim; aggregate minimum not known; must join: Health Care Stabilization Fund; reaches out-of-state telehealth physicians'],
      ['no minimum', { rule: 'none', min_per_claim_usd: null, min_aggregate_usd: null, fund: null, alternatives: '', applies_to_telehealth: null }, 'No minimum coverage required'],
      ['financial responsibility', { rule: 'financial_responsibility', min_per_claim_usd: 100_000, min_aggregate_usd: 300_000, fund: null, alternatives: 'escrow or a letter of credit', applies_to_telehealth: null }, 'Financial responsibility: coverage or an alternative; $100,000 per claim; $300,000 aggregate; alternatives: escrow or a letter of credit'],
    ];
    for (const [name, m, text] of cases) {
      const row = factRows(facts({ malpractice: fact(m) })).find((r) => r.key === 'malpractice');
      expect(row?.value, name).toBe(text);
    }
  });

  it('says whether routes exist, and which are closed or limited', () => {
    const none = factRows(facts()).find((r) => r.key === 'routes');
    expect(none?.value).toBe('None: a full license or a compact privilege is required');
    expect(none?.verify).toBe(false);
    const closed = describeRoute({
      id: 'al_spl', name: 'Special purpose license', kind: 'special_license', scope: 'any_patient', professions: ['md'], modalities: [],
      controlled_substances_allowed: null, excluded_schedules: [], no_office: false, no_in_person: false, requires_malpractice_cover: false,
      fee_usd: null, renewal_years: null, typical_days: null, closed_on: '2022-07-11', limits: '',
    });
    expect(closed.startsWith('Closed on 2022-07-11; Special or telemedicine license')).toBe(true);
    expect(closed).toContain('controlled substances: not known');
  });
});

describe('loqCountdown', () => {
  const cases: { name: string; loq: LoqStanding; text: string }[] = [
    { name: 'none', loq: { state: 'none' }, text: 'No Letter of Qualification on record.' },
    { name: 'applied', loq: { state: 'applied', credential_id: 'l', principal_state: 'TX', applied: '2026-10-01' }, text: 'Applied through TX on 2026-10-01; not issued yet.' },
    { name: 'last day', loq: { state: 'issued', credential_id: 'l', principal_state: 'TX', expires: '2026-11-26', days_left: 0 }, text: 'Issued through TX; today (2026-11-26) is its last valid day.' },
    { name: 'one day', loq: { state: 'issued', credential_id: 'l', principal_state: 'TX', expires: '2026-11-27', days_left: 1 }, text: 'Issued through TX; valid 1 more day, through 2026-11-27.' },
    { name: 'expiry unknown', loq: { state: 'issued', credential_id: 'l', principal_state: 'TX', expires: null, days_left: null }, text: 'Issued through TX; its expiry is not recorded: verify it.' },
    { name: 'expired', loq: { state: 'expired', credential_id: 'l', principal_state: 'TX', expired: '2026-01-01' }, text: 'Expired on 2026-01-01 (issued through TX): a new application is needed.' },
  ];
  for (const c of cases) {
    it(c.name, () => expect(loqCountdown(c.loq)).toBe(c.text));
  }
});

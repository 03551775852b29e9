import { describe, expect, it } from 'vitest';
import type { AnswerNotice, CheckedValue, Citation } from '../ipc';
import { answerText, citationText, factForReason, noticeKind, sourceText, wholeNumber } from './checked';
import { confidenceLabel } from './reference';

const cite = (confidence: Citation['confidence'], sources: string[]): Citation => ({
  fact: 'malpractice minimum in RI',
  sources,
  as_of: '2026-12-07',
  confidence,
});

describe('citations', () => {
  const cases: { name: string; citation: Citation; text: string }[] = [
    {
      name: 'the clinician’s answer from a phone call',
      citation: cite('checked_by_you', ['phone call with the board (Dana Reyes)']),
      text: 'malpractice minimum in RI: your answer, 2026-12-07, phone call with the board (Dana Reyes)',
    },
    {
      name: 'the clinician’s answer from a page',
      citation: cite('checked_by_you', ['https://health.ri.gov/licenses']),
      text: 'malpractice minimum in RI: your answer, 2026-12-07, https://health.ri.gov/licenses',
    },
    {
      name: 'an official fact',
      citation: cite('verified', ['https://health.ri.gov/licenses']),
      text: 'malpractice minimum in RI, as of 2026-12-07 (verified at an official source)',
    },
    {
      name: 'an unknown fact',
      citation: cite('unknown', ['https://health.ri.gov/licenses']),
      text: 'malpractice minimum in RI, as of 2026-12-07 (unknown)',
    },
  ];
  for (const c of cases) it(c.name, () => expect(citationText(c.citation)).toBe(c.text));
  it('labels the confidence', () => expect(confidenceLabel('checked_by_you')).toBe('your answer'));
});

describe('sources', () => {
  it('writes a phone call with the name, trimmed', () =>
    expect(sourceText({ kind: 'phone_call', person: ' Dana Reyes ' })).toBe('phone call with the board (Dana Reyes)'));
  it('writes an address as it is', () => expect(sourceText({ kind: 'address', url: 'https://x.gov/a' })).toBe('https://x.gov/a'));
});

describe('which fact a reason rests on', () => {
  const settles = [
    { fact: 'malpractice' as const, codes: ['malpractice_requirement_unknown', 'state_minimum_unknown'] },
    { fact: 'csr' as const, codes: ['csr_requirement_unknown'] },
    { fact: 'compact_membership' as const, codes: ['compact_status_unknown', 'imlc_status_unknown'] },
    { fact: 'telehealth_route' as const, codes: ['route_controlled_substances_unknown'] },
  ];
  const cases: [string, string | undefined, string | null][] = [
    ['state_minimum_unknown', undefined, 'malpractice'],
    ['csr_requirement_unknown', undefined, 'csr'],
    ['license_expiry_unknown', undefined, null],
    ['imlc_status_unknown', 'imlc', 'compact_membership'],
    // A compact or route reason that does not say which one offers no answer.
    ['imlc_status_unknown', undefined, null],
    ['route_controlled_substances_unknown', 'mn_interstate_telehealth_registration', 'telehealth_route'],
    ['route_controlled_substances_unknown', undefined, null],
  ];
  for (const [code, subject, fact] of cases)
    it(`${code} ${subject ?? ''}`, () => expect(factForReason({ code, subject }, settles)).toBe(fact));
});

describe('notices', () => {
  const notice = (status: AnswerNotice['status'], stale: boolean): AnswerNotice => ({
    answer_id: 'a1',
    jurisdiction: 'RI',
    fact: 'malpractice',
    status,
    age_days: stale ? 366 : 10,
    stale,
    message: '',
  });
  const cases: [string, AnswerNotice, ReturnType<typeof noticeKind>][] = [
    ['in use', notice({ status: 'in_use' }, false), 'in_use'],
    ['stale', notice({ status: 'in_use' }, true), 'stale'],
    ['a newer official fact disagrees, even when stale', notice({ status: 'superseded', official_as_of: '2027-01-01', disagrees: true }, true), 'disagrees'],
    ['a newer official fact agrees', notice({ status: 'superseded', official_as_of: '2027-01-01', disagrees: false }, false), 'superseded'],
    ['no entry', notice({ status: 'no_entry' }, false), 'unused'],
  ];
  for (const [name, n, kind] of cases) it(name, () => expect(noticeKind(n)).toBe(kind));
});

describe('whole numbers', () => {
  const cases: [string, number | null][] = [
    ['', null],
    ['  ', null],
    ['90', 90],
    ['$1,000,000', 1000000],
    ['-5', Number.NaN],
    ['2.5', Number.NaN],
    ['abc', Number.NaN],
  ];
  for (const [text, n] of cases) it(JSON.stringify(text), () => expect(wholeNumber(text)).toBe(n));
});

describe('what an answer says', () => {
  const cases: [string, CheckedValue, string][] = [
    ['a member from a day', { fact: 'compact_membership', value: { compact: 'imlc', status: 'member', implemented: '2027-03-01' } }, 'Member, issuing now (issuing from 2027-03-01)'],
    ['not a member', { fact: 'compact_membership', value: { compact: 'nlc', status: 'not_member', implemented: null } }, 'Not a member'],
    [
      'a route allowing all but schedule II',
      { fact: 'telehealth_route', value: { route: 'mn_x', professions: ['md', 'do'], controlled_substances_allowed: true, excluded_schedules: ['2'] } },
      'covers Physician (MD), Physician (DO); controlled substances may be prescribed, except Schedule II',
    ],
    [
      'a route the board could not say about',
      { fact: 'telehealth_route', value: { route: 'mn_x', professions: ['md'], controlled_substances_allowed: null, excluded_schedules: [] } },
      'covers Physician (MD); whether controlled substances may be prescribed: the board could not say',
    ],
    ['an extension', { fact: 'telemedicine_rule', value: { effective_until: '2027-12-31' } }, 'in force through 2027-12-31'],
    ['no end', { fact: 'telemedicine_rule', value: { effective_until: null } }, 'in force with no end date set'],
  ];
  for (const [name, value, text] of cases) it(name, () => expect(answerText(value)).toBe(text));
});

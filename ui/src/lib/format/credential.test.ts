import { describe, expect, it } from 'vitest';
import type { Credential, CredentialDetail, Jurisdiction } from '../ipc';
import { expiryFlag, filterCredentials, kindsOf, lapseDate, localToday, sortCredentials } from './credential';

function license(id: string, jurisdiction: Jurisdiction, expires: string | null, status: 'active' | 'inactive' = 'active'): Credential {
  return {
    id,
    notes: '',
    detail: {
      kind: 'state_license',
      jurisdiction,
      license_type: 'MD',
      number: `SECRET-${id}`,
      status,
      restriction_notes: '',
      issued: null,
      expires,
      route: 'direct',
    },
  } as Credential;
}

function policy(id: string, carrier: string, periodEnd: string): Credential {
  return {
    id,
    notes: '',
    detail: {
      kind: 'malpractice_policy',
      carrier,
      policy_number: 'P-1',
      basis: 'occurrence',
      retroactive_date: null,
      per_claim_limit: 1_000_000,
      aggregate_limit: 3_000_000,
      coverage: { scope: 'nationwide' },
      telehealth_covered: 'yes',
      period_start: '2026-01-01',
      period_end: periodEnd,
      tail: 'unknown',
      employer_provided: false,
      compensation_funds: [],
    },
  } as Credential;
}

function certification(id: string, expires: string | null, timeUnlimited: boolean): Credential {
  return {
    id,
    notes: '',
    detail: { kind: 'board_certification', board: 'American Board of Internal Medicine', specialty: 'Internal Medicine', body: 'abms', expires, time_unlimited: timeUnlimited },
  } as Credential;
}

const caqh: Credential = { id: 'q', notes: '', detail: { kind: 'caqh_attestation', provider_id: '123', last_attested: '2026-10-01' } } as Credential;

const list = [license('oh', 'OH', '2028-01-31'), license('mi', 'MI', '2027-01-15', 'inactive'), policy('p', 'The Doctors Company', '2027-02-28'), certification('b', null, true), caqh];

describe('lapseDate', () => {
  const cases: { name: string; c: Credential; expected: string | null }[] = [
    { name: 'license: its expiry', c: license('a', 'OH', '2028-01-31'), expected: '2028-01-31' },
    { name: 'license without a recorded expiry', c: license('a', 'OH', null), expected: null },
    { name: 'policy: the end of its period', c: policy('p', 'X', '2027-02-28'), expected: '2027-02-28' },
    { name: 'time-unlimited certificate never lapses', c: certification('b', '2030-01-01', true), expected: null },
    { name: 'time-limited certificate', c: certification('b', '2030-01-01', false), expected: '2030-01-01' },
    { name: 'CAQH: re-attestation is a deadline, not a lapse', c: caqh, expected: null },
  ];
  for (const c of cases) it(c.name, () => expect(lapseDate(c.c.detail)).toBe(c.expected));
});

describe('expiryFlag', () => {
  const today = '2026-12-07';
  const at = (expires: string | null) => expiryFlag(license('x', 'OH', expires).detail as CredentialDetail, today);
  const cases: { name: string; expires: string | null; expected: ReturnType<typeof expiryFlag> }[] = [
    { name: 'lapsed yesterday', expires: '2026-12-06', expected: { level: 'expired', text: 'expired 1 day ago' } },
    { name: 'lapsed a month ago', expires: '2026-11-07', expected: { level: 'expired', text: 'expired 30 days ago' } },
    { name: 'lapses today: still valid today', expires: '2026-12-07', expected: { level: 'expiring', text: 'expires today' } },
    { name: 'tomorrow', expires: '2026-12-08', expected: { level: 'expiring', text: 'expires in 1 day' } },
    { name: 'exactly 90 days', expires: '2027-03-07', expected: { level: 'expiring', text: 'expires in 90 days' } },
    { name: '91 days: not highlighted', expires: '2027-03-08', expected: null },
    { name: 'across a leap day', expires: '2028-03-01', expected: null },
    { name: 'no date recorded', expires: null, expected: null },
  ];
  for (const c of cases) it(c.name, () => expect(at(c.expires)).toEqual(c.expected));
});

describe('filterCredentials', () => {
  const cases: { name: string; text: string; kind: CredentialDetail['kind'] | ''; expected: string[] }[] = [
    { name: 'nothing typed: all', text: '', kind: '', expected: ['oh', 'mi', 'p', 'b', 'q'] },
    { name: 'a state code, any case', text: 'oh', kind: '', expected: ['oh'] },
    { name: 'a carrier word', text: 'doctors', kind: '', expected: ['p'] },
    { name: 'every word must match', text: 'license inactive', kind: '', expected: ['mi'] },
    { name: 'an expiry year', text: '2027', kind: '', expected: ['mi', 'p'] },
    { name: 'a kind', text: '', kind: 'state_license', expected: ['oh', 'mi'] },
    { name: 'a kind and a word', text: 'MI', kind: 'state_license', expected: ['mi'] },
    { name: 'numbers are never searched (never shown)', text: 'SECRET', kind: '', expected: [] },
    { name: 'spaces only: all', text: '   ', kind: '', expected: ['oh', 'mi', 'p', 'b', 'q'] },
  ];
  for (const c of cases) it(c.name, () => expect(filterCredentials(list, c.text, c.kind).map((x) => x.id)).toEqual(c.expected));
});

describe('sortCredentials', () => {
  it('by kind, then place', () => expect(sortCredentials(list, 'kind').map((c) => c.id)).toEqual(['b', 'q', 'p', 'mi', 'oh']));
  it('by expiry soonest first, undated last in kind order', () =>
    expect(sortCredentials(list, 'expiry').map((c) => c.id)).toEqual(['mi', 'p', 'oh', 'b', 'q']));
  it('by place', () => expect(sortCredentials(list, 'where').map((c) => c.id)).toEqual(['q', 'b', 'mi', 'oh', 'p']));
  it('leaves the input as it was', () => {
    const before = list.map((c) => c.id);
    sortCredentials(list, 'expiry');
    expect(list.map((c) => c.id)).toEqual(before);
  });
});

describe('kindsOf', () => {
  it('each kind present once, by label', () =>
    expect(kindsOf(list).map((k) => k.value)).toEqual(['board_certification', 'caqh_attestation', 'malpractice_policy', 'state_license']));
});

describe('localToday', () => {
  it('reads the local calendar, zero-padded', () => expect(localToday(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05'));
});

// Presentation of reference facts: one row per fact with its value in words and its
// provenance. A fact whose confidence is unknown or conflicting, or whose value is missing,
// is marked "verify": the rules never treat it as established, and neither may the page.
import type {
  Compact,
  CompactFacts,
  CompactMembership,
  CompactStatus,
  Confidence,
  CsrRequirement,
  ExpiryRule,
  Fact,
  FullLicenseFacts,
  JurisdictionFacts,
  MalpracticeRequirement,
  Modality,
  RenewalCycle,
  TelehealthRoute,
} from '../ipc';
import { professionLabel } from './profile';
import { money, typicalDays } from './outcome';

/** One line of the reference table. */
export type FactRow = {
  /** Stable within a jurisdiction ("compact:imlc", "route:fl_telehealth_registration"). */
  key: string;
  label: string;
  value: string;
  /** Not established: show "verify". */
  verify: boolean;
  confidence: Confidence | null;
  asOf: string | null;
  sources: string[];
  note: string;
};

/** Every compact, in the order the dataset declares them. */
export const COMPACT_ORDER: Compact[] = ['imlc', 'nlc', 'psypact', 'counseling', 'pa_compact', 'aprn_compact', 'social_work'];

const COMPACT_SHORT: Record<Compact, string> = {
  imlc: 'IMLC',
  nlc: 'Nurse Licensure Compact',
  psypact: 'PSYPACT',
  counseling: 'Counseling Compact',
  pa_compact: 'PA Licensure Compact',
  aprn_compact: 'APRN Compact',
  social_work: 'Social Work Compact',
};

/** The compact's name from the dataset, or a short built-in one. */
export function compactName(c: Compact, compacts: CompactFacts[] = []): string {
  return compacts.find((f) => f.compact === c)?.name ?? COMPACT_SHORT[c];
}

const CONFIDENCE: Record<Confidence, string> = {
  verified: 'verified at an official source',
  secondary: 'secondary source only',
  conflicting: 'sources conflict',
  unknown: 'unknown',
};

export function confidenceLabel(c: Confidence): string {
  return CONFIDENCE[c];
}

/** True when a fact must not be relied on: unknown, conflicting, or without a value. */
export function needsVerify<T>(fact: Fact<T>): boolean {
  return fact.confidence === 'unknown' || fact.confidence === 'conflicting' || fact.value === null;
}

const STATUS: Record<CompactStatus, string> = {
  member: 'Member, issuing now',
  member_not_principal: 'Member; cannot be the State of Principal License',
  enacted_not_implemented: 'Enacted, not yet issuing',
  not_member: 'Not a member',
};

export function compactStatusLabel(s: CompactStatus): string {
  return STATUS[s];
}

function membership(m: CompactMembership): string {
  const dates = [m.enacted ? `enacted ${m.enacted}` : '', m.implemented ? `issuing from ${m.implemented}` : ''].filter(Boolean);
  return dates.length ? `${compactStatusLabel(m.status)} (${dates.join(', ')})` : compactStatusLabel(m.status);
}

const MODALITIES: Record<Modality, string> = { video: 'video', audio_only: 'audio only', asynchronous: 'asynchronous' };

function yesNo(b: boolean | null): string {
  return b === null ? 'not known' : b ? 'yes' : 'no';
}

export function describeRoute(r: TelehealthRoute): string {
  const parts = [
    r.kind === 'registration' ? 'Registration to apply for' : 'Exception, no application',
    `for ${r.professions.map((p) => professionLabel(p)).join(', ') || 'no listed profession'}`,
    r.modalities.length ? `modalities: ${r.modalities.map((m) => MODALITIES[m]).join(', ')}` : 'any modality',
    `controlled substances: ${r.controlled_substances_allowed ? 'allowed' : 'not allowed'}`,
  ];
  if (r.no_office) parts.push('no office in the state');
  if (r.no_in_person) parts.push('no in-person care');
  if (r.existing_patients_only) parts.push('existing patients only');
  if (r.kind === 'registration') parts.push(money(r.fee_usd), typicalDays(r.typical_days));
  if (r.renewal_years !== null) parts.push(`renews every ${r.renewal_years} year${r.renewal_years === 1 ? '' : 's'}`);
  if (r.limits) parts.push(r.limits);
  return parts.join('; ');
}

export function describeCsr(c: CsrRequirement): string {
  if (!c.required) return 'No state controlled-substance registration required';
  const parts = [`Required${c.agency ? `, issued by ${c.agency}` : ''}`];
  if (c.cycle_years !== null) parts.push(`every ${c.cycle_years} year${c.cycle_years === 1 ? '' : 's'}`);
  if (c.renews_with_license) parts.push('renews with the license');
  parts.push(`required for out-of-state telehealth prescribers: ${yesNo(c.required_for_telehealth_prescribers)}`);
  return parts.join('; ');
}

export function describeMalpractice(m: MalpracticeRequirement): string {
  if (!m.required) return 'No minimum coverage required';
  const parts = ['Required'];
  parts.push(m.min_per_claim_usd === null ? 'per-claim minimum not known' : `${money(m.min_per_claim_usd)} per claim`);
  parts.push(m.min_aggregate_usd === null ? 'aggregate minimum not known' : `${money(m.min_aggregate_usd)} aggregate`);
  if (m.patient_compensation_fund) parts.push(`fund: ${m.patient_compensation_fund}`);
  return parts.join('; ');
}

function expiryRule(e: ExpiryRule): string {
  switch (e.rule) {
    case 'birth_month':
      return 'expires at the end of the birth month';
    case 'birth_date':
      return 'expires on the birthday';
    case 'issue_date':
      return 'expires on the anniversary of issue';
    case 'fixed_date':
      return `expires on a fixed date (month ${e.month}, day ${e.day})`;
    case 'other':
      return e.description;
  }
}

export function describeRenewal(r: RenewalCycle): string {
  const parts = [`Every ${r.cycle_years} year${r.cycle_years === 1 ? '' : 's'}`, expiryRule(r.expiry_rule)];
  if (r.window_days !== null) parts.push(`renewal opens ${r.window_days} days before expiry`);
  if (r.cme_hours !== null) {
    parts.push(`${r.cme_hours} CME hours${r.cme_cycle_years !== null ? ` every ${r.cme_cycle_years} years` : ''}`);
  }
  return parts.join('; ');
}

export function describeFullLicense(f: FullLicenseFacts): string {
  return `${money(f.fee_usd)}; ${typicalDays(f.typical_days)}`;
}

function row<T>(key: string, label: string, fact: Fact<T>, describe: (v: T) => string): FactRow {
  const verify = needsVerify(fact);
  let value = fact.value === null ? 'Unknown' : describe(fact.value);
  if (fact.confidence === 'conflicting') value = `Sources conflict: ${value}`;
  return { key, label, value, verify, confidence: fact.confidence, asOf: fact.as_of, sources: fact.sources, note: fact.note };
}

/** Every fact about a jurisdiction, in reading order: compacts, telehealth routes, CSR,
 *  malpractice, renewal, full license. A compact missing from the data is a "verify" row. */
export function factRows(facts: JurisdictionFacts, compacts: CompactFacts[] = []): FactRow[] {
  const rows: FactRow[] = COMPACT_ORDER.map((c) => {
    const fact = facts.compacts[c];
    const label = `${compactName(c, compacts)} status`;
    return fact
      ? row(`compact:${c}`, label, fact, membership)
      : { key: `compact:${c}`, label, value: 'Not in the reference data', verify: true, confidence: null, asOf: null, sources: [], note: '' };
  });
  if (facts.telehealth_routes.length === 0) {
    rows.push({
      key: 'route:none',
      label: 'Telehealth registrations and exceptions',
      value: 'None recorded: ask the board whether one exists',
      verify: true,
      confidence: null,
      asOf: null,
      sources: facts.medical_board_url ? [facts.medical_board_url] : [],
      note: '',
    });
  }
  facts.telehealth_routes.forEach((fact, i) => {
    const name = fact.value?.name ?? 'Telehealth route';
    rows.push(row(`route:${fact.value?.id ?? i}`, name, fact, describeRoute));
  });
  rows.push(row('csr', 'State controlled-substance registration', facts.csr, describeCsr));
  rows.push(row('malpractice', 'Malpractice minimums', facts.malpractice, describeMalpractice));
  rows.push(row('renewal', 'MD/DO license renewal', facts.medical_renewal, describeRenewal));
  rows.push(row('full_license', 'Full license by application', facts.full_license, describeFullLicense));
  return rows;
}

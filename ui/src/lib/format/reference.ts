// Presentation of reference facts: one row per fact with its value in words and its
// provenance. A fact whose confidence is unknown or conflicting, or whose value is missing,
// is marked "verify": the rules never treat it as established, and neither may the page.
import type {
  CheckedFact,
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
  RouteScope,
  Schedule,
  TelehealthAnswer,
  TelehealthPrescribing,
  TelehealthRoute,
  TimeDriver,
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
  /** The checked answer that can take the fact's place, with the compact or route it names;
   * null for a fact the clinician does not answer (renewal, whether routes exist). */
  answer: { fact: CheckedFact; subject: string | null } | null;
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
  checked_by_you: 'your answer',
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

const KIND: Record<TelehealthRoute['kind'], string> = {
  registration: 'Registration to apply for',
  special_license: 'Special or telemedicine license to apply for',
  exception: 'Exception, no application',
};

const SCOPE: Record<RouteScope, string | null> = {
  any_patient: null,
  existing_patients: 'only patients you already treat (follow-up, continuity)',
  consultation: 'only consultation with a clinician licensed in the state',
  emergency: 'only emergencies and patients in transport',
  occasional: 'only occasional practice (a few days or patients a year)',
  border: 'only patients in a border area',
};

function schedules(list: Schedule[]): string {
  return list.map((s) => `schedule ${s}`).join(', ');
}

export function describeRoute(r: TelehealthRoute): string {
  const parts = [KIND[r.kind]];
  if (r.closed_on !== null) parts.unshift(`Closed on ${r.closed_on}`);
  const scope = SCOPE[r.scope];
  if (scope) parts.push(scope);
  parts.push(`for ${r.professions.map((p) => professionLabel(p)).join(', ') || 'no listed profession'}`);
  parts.push(r.modalities.length ? `modalities: ${r.modalities.map((m) => MODALITIES[m]).join(', ')}` : 'any modality');
  const cs = r.controlled_substances_allowed;
  parts.push(
    cs === null
      ? 'controlled substances: not known'
      : cs
        ? `controlled substances: allowed${r.excluded_schedules.length ? ` except ${schedules(r.excluded_schedules)}` : ''}`
        : 'controlled substances: not allowed',
  );
  if (r.no_office) parts.push('no office in the state');
  if (r.no_in_person) parts.push('no in-person care');
  if (r.requires_malpractice_cover) parts.push('malpractice cover for patients in the state');
  if (r.kind !== 'exception') parts.push(money(r.fee_usd), typicalDays(r.typical_days));
  if (r.renewal_years !== null) parts.push(`renews every ${r.renewal_years} year${r.renewal_years === 1 ? '' : 's'}`);
  if (r.limits) parts.push(r.limits);
  return parts.join('; ');
}

export function describeAnswer(a: TelehealthAnswer): string {
  return a === 'routes'
    ? 'The routes below, besides a full license or a compact'
    : 'None: a full license or a compact privilege is required';
}

export function describePrescribing(p: TelehealthPrescribing): string {
  const parts: string[] = [];
  const e = p.in_person_exam;
  if (e.rule === 'not_required') parts.push('No in-person examination required before prescribing by telehealth');
  else if (e.rule === 'not_established') parts.push('Whether an in-person examination is required: not known');
  else {
    const what = e.schedules.length ? schedules(e.schedules) : 'any controlled substance';
    const who = e.patients === 'new_patients' ? 'new patients' : 'every patient';
    parts.push(`In-person examination before ${what} for ${who}${e.exceptions ? ` (exceptions: ${e.exceptions})` : ''}`);
  }
  if (p.barred_schedules.length) parts.push(`never by telehealth: ${schedules(p.barred_schedules)}`);
  const starts: [boolean | null, string][] = [
    [p.relationship_by_video, 'by video'],
    [p.relationship_by_audio_only, 'by audio only'],
    [p.relationship_asynchronous, 'asynchronously'],
  ];
  for (const [allowed, how] of starts) {
    if (allowed !== null) parts.push(`a patient relationship ${allowed ? 'may' : 'may not'} begin ${how}`);
  }
  if (p.limits) parts.push(p.limits);
  return parts.join('; ');
}

export function describeCsr(c: CsrRequirement): string {
  if (!c.required) return 'No state controlled-substance registration required';
  const parts = [`Required${c.agency ? `, issued by ${c.agency}` : ''}`];
  if (c.fee_usd !== null) parts.push(money(c.fee_usd));
  if (c.cycle_years !== null) parts.push(`every ${c.cycle_years} year${c.cycle_years === 1 ? '' : 's'}`);
  if (c.expiry) parts.push(c.expiry);
  if (c.renews_with_license) parts.push('renews with the license');
  if (c.typical_days !== null) parts.push(typicalDays(c.typical_days));
  parts.push(`required for out-of-state telehealth prescribers: ${yesNo(c.required_for_telehealth_prescribers)}`);
  return parts.join('; ');
}

const RULE: Record<MalpracticeRequirement['rule'], string> = {
  none: 'No minimum coverage required',
  mandate: 'Coverage required',
  fund_only: 'Not required; coverage only to join a voluntary fund',
  financial_responsibility: 'Financial responsibility: coverage or an alternative',
};

export function describeMalpractice(m: MalpracticeRequirement): string {
  const parts = [RULE[m.rule]];
  if (m.rule !== 'none') {
    parts.push(m.min_per_claim_usd === null ? 'per-claim minimum not known' : `${money(m.min_per_claim_usd)} per claim`);
    parts.push(m.min_aggregate_usd === null ? 'aggregate minimum not known' : `${money(m.min_aggregate_usd)} aggregate`);
  }
  if (m.fund) parts.push(`${m.fund.mandatory ? 'must join' : 'may join'}: ${m.fund.name}`);
  if (m.alternatives) parts.push(`alternatives: ${m.alternatives}`);
  if (m.applies_to_telehealth !== null) {
    parts.push(m.applies_to_telehealth ? 'reaches out-of-state telehealth physicians' : 'does not reach out-of-state telehealth physicians');
  }
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
  const parts = [`Every ${r.cycle_years} year${r.cycle_years === 1 ? '' : 's'}`, expiryRule(r.expiry_rule), money(r.fee_usd)];
  if (r.window_days !== null) parts.push(`renewal opens ${r.window_days} days before expiry`);
  return parts.join('; ');
}

const DRIVER: Record<TimeDriver, string> = {
  fcvs: 'FCVS verification',
  primary_source_verification: 'primary-source verification',
  interview: 'an interview',
  board_meeting: 'board meetings',
  jurisprudence_exam: 'a jurisprudence exam',
  background_check: 'the background check',
  applicant_documents: "the applicant's documents",
};

export function describeFullLicense(f: FullLicenseFacts): string {
  const parts = [money(f.fee_usd), typicalDays(f.typical_days)];
  if (f.time_drivers.length) parts.push(`time set by ${f.time_drivers.map((d) => DRIVER[d]).join(', ')}`);
  if (f.imlc_fee_usd !== null) parts.push(`through the IMLC: ${money(f.imlc_fee_usd)} to the state`);
  return parts.join('; ');
}

function row<T>(
  key: string,
  label: string,
  fact: Fact<T>,
  describe: (v: T) => string,
  answer: FactRow['answer'] = null,
): FactRow {
  const verify = needsVerify(fact);
  let value = fact.value === null ? 'Unknown' : describe(fact.value);
  if (fact.confidence === 'conflicting') value = `Sources conflict: ${value}`;
  return { key, label, value, verify, confidence: fact.confidence, asOf: fact.as_of, sources: fact.sources, note: fact.note, answer };
}

/** Every fact about a jurisdiction, in reading order: compacts, whether telehealth routes
 *  exist and each route, state prescribing law, CSR, malpractice, renewal, full license. A
 *  compact missing from the data is a "verify" row. */
export function factRows(facts: JurisdictionFacts, compacts: CompactFacts[] = []): FactRow[] {
  const rows: FactRow[] = COMPACT_ORDER.map((c) => {
    const fact = facts.compacts[c];
    const label = `${compactName(c, compacts)} status`;
    const answer = { fact: 'compact_membership' as const, subject: c };
    return fact
      ? row(`compact:${c}`, label, fact, membership, answer)
      : { key: `compact:${c}`, label, value: 'Not in the reference data', verify: true, confidence: null, asOf: null, sources: [], note: '', answer };
  });
  rows.push(row('routes', 'Telehealth without a full license', facts.telehealth_answer, describeAnswer));
  facts.telehealth_routes.forEach((fact, i) => {
    const name = fact.value?.name ?? 'Telehealth route';
    const id = fact.value?.id;
    rows.push(row(`route:${id ?? i}`, name, fact, describeRoute, id ? { fact: 'telehealth_route', subject: id } : null));
  });
  const single = (fact: CheckedFact) => ({ fact, subject: null });
  rows.push(row('prescribing', 'Prescribing controlled substances by telehealth', facts.telehealth_prescribing, describePrescribing, single('telehealth_prescribing')));
  rows.push(row('csr', 'State controlled-substance registration', facts.csr, describeCsr, single('csr')));
  rows.push(row('malpractice', 'Malpractice rule', facts.malpractice, describeMalpractice, single('malpractice')));
  rows.push(row('renewal', 'MD/DO license renewal', facts.medical_renewal, describeRenewal));
  rows.push(row('full_license', 'Full license by application', facts.full_license, describeFullLicense, single('full_license')));
  return rows;
}

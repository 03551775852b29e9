// Wire data for component tests, typed against the generated bindings so a change on the
// Rust side breaks the tests at compile time.
import type {
  Citation,
  CompactMembership,
  Confidence,
  DeadlineItem,
  Deadline,
  Eligibility,
  Fact,
  FullLicenseFacts,
  JudgedOffer,
  JurisdictionFacts,
  Offer,
  OfferOutline,
  OfferVerdict,
  OpenedOffer,
  Reason,
  ReferenceIndex,
  Route,
  TelehealthAnswer,
  TelehealthPrescribing,
} from '../lib/ipc';

export const BOARD = 'https://board.example.gov/telehealth';

export function fact<T>(value: T | null, confidence: Confidence = 'verified', note = ''): Fact<T> {
  return { value, sources: [BOARD], as_of: '2026-11-01', confidence, note };
}

export function citation(what: string, confidence: Confidence = 'verified'): Citation {
  return { fact: what, sources: [BOARD], as_of: '2026-11-01', confidence };
}

export function reason(code: string, outcome: Reason['outcome'], message: string, citations: Citation[] = []): Reason {
  return { code, outcome, message, credential_id: null, citations };
}

export function index(overrides: Partial<ReferenceIndex> = {}): ReferenceIndex {
  return {
    as_of: '2026-11-01',
    today: '2026-11-26',
    age_days: 25,
    stale_after_days: 180,
    stale: false,
    jurisdictions: [
      { jurisdiction: 'AK', name: 'Alaska', kind: 'state' },
      { jurisdiction: 'FL', name: 'Florida', kind: 'state' },
      { jurisdiction: 'TX', name: 'Texas', kind: 'state' },
    ],
    compacts: [],
    coverage: {
      dataset_as_of: '2026-11-01',
      topics: [
        { topic: 'malpractice', label: 'Malpractice requirement', verified: 16, secondary: 35, conflicting: 0, unknown: 0, not_established: [], territories_established: 2 },
        { topic: 'full_license', label: 'Full license: fee and typical time', verified: 14, secondary: 22, conflicting: 0, unknown: 15, not_established: ['AK', 'FL'], territories_established: 0 },
      ],
    },
    ...overrides,
  };
}

const member = fact({ status: 'member' as const, enacted: '2017-05-01', implemented: null });
const notMember = fact({ status: 'not_member' as const, enacted: null, implemented: null });

export function facts(overrides: Partial<JurisdictionFacts> = {}): JurisdictionFacts {
  return {
    jurisdiction: 'TX',
    medical_board_url: 'https://www.tmb.state.tx.us',
    compacts: {
      imlc: member,
      nlc: member,
      psypact: member,
      counseling: fact<CompactMembership>(null, 'unknown', 'Implementation date not published.'),
      pa_compact: notMember,
      aprn_compact: fact({ status: 'enacted_not_implemented', enacted: '2023-01-01', implemented: null }, 'conflicting'),
      social_work: notMember,
    },
    telehealth_answer: fact<TelehealthAnswer>('no_route'),
    telehealth_routes: [],
    telehealth_prescribing: fact<TelehealthPrescribing>(null, 'unknown', 'Not established.'),
    csr: fact({ required: false, agency: '', fee_usd: null, cycle_years: null, renews_with_license: false, expiry: '', typical_days: null, required_for_telehealth_prescribers: null }),
    malpractice: fact({ rule: 'none', min_per_claim_usd: null, min_aggregate_usd: null, fund: null, alternatives: '', applies_to_telehealth: null }),
    medical_renewal: fact({ cycle_years: 2, expiry_rule: { rule: 'birth_month' }, window_days: 90, fee_usd: 491 }),
    full_license: fact<FullLicenseFacts>(null, 'unknown'),
    ...overrides,
  };
}

export function deadline(id: string, due: string, daysLeft: number, overrides: Partial<Deadline> = {}): Deadline {
  return {
    id,
    credential_id: 'c1',
    kind: 'expiry',
    subject: 'State license · TX',
    title: 'State license · TX expires',
    due,
    days_left: daysLeft,
    urgency: daysLeft < 0 ? 'passed' : daysLeft <= 14 ? 'within_14_days' : daysLeft <= 30 ? 'within_30_days' : daysLeft <= 90 ? 'within_90_days' : 'later',
    linked_risks: [],
    caveat: null,
    citations: [],
    cme_shortfall: null,
    ...overrides,
  };
}

export function item(d: Deadline, headline = d.title): DeadlineItem {
  return { headline, advice: 'Renew before this date.', action: { action: 'renew', proposed: null }, deadline: d };
}

export function route(overrides: Partial<Route> = {}): Route {
  return {
    kind: 'telehealth_registration',
    name: 'Florida telehealth registration',
    outcome: 'missing',
    reasons: [],
    steps: ['Apply to the Florida Board of Medicine'],
    fee_usd: 0,
    typical_days: 30,
    citations: [],
    ...overrides,
  };
}

export function verdict(offerId: string, outcome: OfferVerdict['outcome'], overrides: Partial<OfferVerdict> = {}): OfferVerdict {
  return {
    offer_id: offerId,
    outcome,
    period: { start: '2027-01-01', end: '2027-12-31', open_ended: false },
    reasons: [],
    states: [],
    total_known_fees_usd: 0,
    steps_with_unknown_fee: 0,
    fees_reimbursed: false,
    max_estimated_days: null,
    steps_with_unknown_days: 0,
    states_needing_steps: [],
    ...overrides,
  };
}

/** An offer with its verdict in full, as `offer_detail` answers for it. */
export type FullOffer = { offer: Offer; verdict: OfferVerdict };

export function fullOffer(id: string, start: string, pay: string, v: OfferVerdict): FullOffer {
  return {
    offer: {
      id,
      employer: `Employer ${id}`,
      role: 'Psychiatrist',
      patient_jurisdictions: ['TX', 'FL'],
      start,
      end: null,
      modalities: ['video'],
      controlled_substances: [],
      in_person_visits: false,
      employer_malpractice: null,
      fees_reimbursed: false,
      pay,
      notes: '',
    },
    verdict: v,
  };
}

/** The outline the offers list holds of a verdict: the same fields but the reasons, and a
 *  step count per state. */
export function outlineOf(v: OfferVerdict): OfferOutline {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { reasons, states, ...rest } = v;
  return { ...rest, states: states.map((s) => ({ jurisdiction: s.jurisdiction, outcome: s.outcome, step_count: s.steps.length })) };
}

/** An offer as the offers list has it. */
export function listed(full: FullOffer): JudgedOffer {
  return { offer: full.offer, verdict: outlineOf(full.verdict) };
}

export function judged(id: string, start: string, pay: string, v: OfferVerdict): JudgedOffer {
  return listed(fullOffer(id, start, pay, v));
}

/** Answers `offers` with the outlines of `list` and `offer_detail` with one in full. */
export function offerCommands(list: () => FullOffer[], today = '2026-11-26') {
  return {
    offers: () => ({ today, offers: list().map(listed) }),
    offer_detail: (args: Record<string, unknown>): OpenedOffer => {
      const found = list().find((f) => f.offer.id === args['id']);
      if (!found) throw new Error(`no offer ${String(args['id'])}`);
      return { today, ...found };
    },
  };
}

export function eligibility(overrides: Partial<Eligibility['imlc']> = {}, compactOptions: Eligibility['compact_options'] = []): Eligibility {
  return {
    today: '2026-11-26',
    imlc: {
      outcome: 'eligible',
      principal_candidates: [],
      reasons: [],
      questions: [],
      reachable_states: ['CO', 'TX'],
      loq: { state: 'none' },
      ...overrides,
    },
    compact_options: compactOptions,
    imlc_map: {
      terms: { loq_fee_usd: 700, loq_validity_days: 365, typical_days: 30, citations: [] },
      states: [
        { jurisdiction: 'CO', status: 'member', state_fee_usd: 300, full_license_fee_usd: 500, citation: null },
        { jurisdiction: 'TX', status: 'member', state_fee_usd: null, full_license_fee_usd: 817, citation: null },
        { jurisdiction: 'HI', status: 'member_not_principal', state_fee_usd: null, full_license_fee_usd: null, citation: null },
        { jurisdiction: 'CA', status: 'not_member', state_fee_usd: null, full_license_fee_usd: null, citation: null },
        { jurisdiction: 'NY', status: 'not_member', state_fee_usd: null, full_license_fee_usd: null, citation: null },
        { jurisdiction: 'MA', status: 'enacted_not_implemented', state_fee_usd: null, full_license_fee_usd: null, citation: null },
        { jurisdiction: 'GU', status: null, state_fee_usd: null, full_license_fee_usd: null, citation: null },
      ],
    },
  };
}

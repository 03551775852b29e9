// Presentation of offers: filtering by verdict, sorting by start date or pay, and the
// side-by-side comparison. Pay is free text ("$180/h", "$260k/yr"); sorting compares a yearly
// estimate (2,080 working hours a year for hourly pay) and puts pay it cannot read last. The
// comparison only words the verdict's summary fields; it computes no rule of its own.
import type { JudgedOffer, OfferOutcome, OfferVerdict, RenewalDue, Tail } from '../ipc';
import { money, offerOutcomeLabel, typicalDays } from './outcome';

export type OfferSort = 'start' | 'pay';
export type OfferFilter = OfferOutcome | 'all';

const HOURS_PER_YEAR = 2080;

/** A yearly amount in dollars read from free-text pay, or null when none can be read. */
export function yearlyPay(pay: string): number | null {
  const m = /\$?\s*(\d[\d,]*(?:\.\d+)?)\s*(k)?/i.exec(pay);
  if (!m || m[1] === undefined) return null;
  let amount = Number(m[1].replaceAll(',', ''));
  if (!Number.isFinite(amount)) return null;
  if (m[2]) amount *= 1000;
  const rest = pay.slice(m.index + m[0].length).toLowerCase();
  if (/^\s*(\/|per|an|a)?\s*(h|hr|hour)/.test(rest)) amount *= HOURS_PER_YEAR;
  return amount;
}

export function filterOffers(list: JudgedOffer[], filter: OfferFilter): JudgedOffer[] {
  return filter === 'all' ? list : list.filter((o) => o.verdict.outcome === filter);
}

/** Start date ascending, or pay descending (unreadable pay last); ties keep store order. */
export function sortOffers(list: JudgedOffer[], by: OfferSort): JudgedOffer[] {
  const indexed = list.map((o, i) => ({ o, i }));
  indexed.sort((a, b) => {
    if (by === 'start') return a.o.offer.start.localeCompare(b.o.offer.start) || a.i - b.i;
    const pa = yearlyPay(a.o.offer.pay);
    const pb = yearlyPay(b.o.offer.pay);
    if (pa === pb) return a.i - b.i;
    if (pa === null) return 1;
    if (pb === null) return -1;
    return pb - pa || a.i - b.i;
  });
  return indexed.map(({ o }) => o);
}

/** How many offers can be compared side by side. */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

/** One offer's column of the comparison, as words. */
export type ComparisonColumn = {
  id: string;
  title: string;
  pay: string;
  patientStates: string;
  outcome: OfferOutcome;
  verdict: string;
  steps: string;
  fees: string;
  maxDays: string;
  malpractice: string;
  tail: string;
};

const TAIL_LABELS: Record<Tail, string> = {
  unknown: 'Tail not stated',
  none: 'No tail',
  purchased: 'Tail purchased',
  employer: 'Tail provided by the employer',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The comparison column of one judged offer, from its verdict's summary fields. */
export function comparisonColumn(judged: JudgedOffer): ComparisonColumn {
  const { offer, verdict } = judged;
  const steps = verdict.states.reduce((n, s) => n + s.step_count, 0);
  const needing = verdict.states_needing_steps;
  const unknownFees = verdict.steps_with_unknown_fee > 0 ? `, plus ${plural(verdict.steps_with_unknown_fee, 'step')} with unknown fee` : '';
  const unknownDays = verdict.steps_with_unknown_days > 0 ? `, plus ${plural(verdict.steps_with_unknown_days, 'step')} of unknown duration` : '';
  const m = offer.employer_malpractice;
  return {
    id: offer.id,
    title: [offer.employer, offer.role].filter((t) => t.trim() !== '').join(' · '),
    pay: offer.pay.trim() === '' ? '—' : offer.pay,
    patientStates: offer.patient_jurisdictions.join(', '),
    outcome: verdict.outcome,
    verdict: offerOutcomeLabel(verdict.outcome),
    steps: steps === 0 ? 'None' : `${plural(steps, 'step')} in ${needing.join(', ')}`,
    fees: `${money(verdict.total_known_fees_usd)} known${unknownFees}; paid by ${verdict.fees_reimbursed ? 'the employer' : 'you'}`,
    maxDays: `${verdict.max_estimated_days === null ? 'unknown' : typicalDays(verdict.max_estimated_days)}${unknownDays}`,
    malpractice: m
      ? `Employer${m.jurisdictions.length > 0 ? ` (${m.jurisdictions.join(', ')})` : ''}; telehealth covered: ${m.telehealth_covered === 'unknown' ? 'not known' : m.telehealth_covered}`
      : 'Your own policy',
    tail: m ? TAIL_LABELS[m.tail] : 'As your own policy provides',
  };
}

/** The renewals due during an offer, once each (a policy that serves several states renews
 *  once), soonest first. */
export function renewalsOf(verdict: OfferVerdict): RenewalDue[] {
  const seen = new Set<string>();
  const out: RenewalDue[] = [];
  for (const state of verdict.states) {
    for (const r of state.renewals) {
      const key = `${r.credential_id}:${r.due}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(r);
    }
  }
  return out.sort((a, b) => a.due.localeCompare(b.due));
}

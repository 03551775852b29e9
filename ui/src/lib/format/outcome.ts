// Presentation of rule answers: labels and badge classes for outcomes and verdicts, money and
// durations. The answers themselves come from the core.
import type { ImlcOutcome, OfferOutcome, Outcome, PrincipalBasis, RouteKind } from '../ipc';

const OUTCOMES: Record<Outcome, string> = {
  met: 'met',
  warning: 'met, with a warning',
  verify: 'verify',
  missing: 'steps needed',
  blocked: 'blocked',
};

/** The word shown in a reason or route badge. */
export function outcomeLabel(o: Outcome): string {
  return OUTCOMES[o];
}

const OFFER_OUTCOMES: Record<OfferOutcome, string> = {
  acceptable_now: 'Acceptable now',
  acceptable_after_steps: 'Acceptable after steps',
  not_acceptable: 'Not acceptable',
  verify: 'Verify before accepting',
};

export function offerOutcomeLabel(o: OfferOutcome): string {
  return OFFER_OUTCOMES[o];
}

/** Every offer verdict, in the order a filter lists them. */
export const OFFER_OUTCOME_ORDER: OfferOutcome[] = ['acceptable_now', 'acceptable_after_steps', 'not_acceptable', 'verify'];

const IMLC_OUTCOMES: Record<ImlcOutcome, string> = {
  eligible: 'Eligible for a Letter of Qualification',
  not_eligible: 'Not eligible',
  verify: 'Verify: something is still unknown',
  not_applicable: 'The IMLC does not apply to your profession',
};

export function imlcOutcomeLabel(o: ImlcOutcome): string {
  return IMLC_OUTCOMES[o];
}

const ROUTE_KINDS: Record<RouteKind, string> = {
  already_authorized: 'Already authorized',
  compact_license: 'Compact license',
  compact_privilege: 'Compact privilege',
  telehealth_registration: 'Telehealth registration',
  telehealth_exception: 'Telehealth exception',
  full_license: 'Full license',
};

export function routeKindLabel(k: RouteKind): string {
  return ROUTE_KINDS[k];
}

const BASES: Record<PrincipalBasis, string> = {
  primary_residence: 'primary residence',
  practice_share: 'share of practice',
  employer_location: 'employer location',
  federal_tax_residence: 'federal tax residence',
};

export function basisLabel(b: PrincipalBasis): string {
  return BASES[b];
}

/** The CSS class of a badge for any outcome or verdict code ("badge badge-verify"). */
export function badgeClass(code: Outcome | OfferOutcome | ImlcOutcome): string {
  return `badge badge-${code}`;
}

const DOLLARS = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** "$1,000" or "fee unknown". */
export function money(usd: number | null | undefined): string {
  return usd === null || usd === undefined ? 'fee unknown' : DOLLARS.format(usd);
}

/** "about 45 days" or "time unknown". */
export function typicalDays(days: number | null | undefined): string {
  if (days === null || days === undefined) return 'time unknown';
  return `about ${days} day${days === 1 ? '' : 's'}`;
}

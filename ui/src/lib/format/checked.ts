// The clinician's checked answers in words: citations of an answer ("your answer, DATE,
// SOURCE"), sources, notices, and the empty answer of each kind of fact for the form.
import type {
  AnswerNotice,
  AnswerSource,
  CheckedFact,
  CheckedValue,
  Citation,
  Compact,
  FactReasons,
  Jurisdiction,
  Reason,
} from '../ipc';
import {
  compactName,
  compactStatusLabel,
  confidenceLabel,
  describeCsr,
  describeFullLicense,
  describeMalpractice,
  describePrescribing,
} from './reference';
import { professionLabel } from './profile';
import { SCHEDULES } from '../forms/credential';

export const FACT_LABEL: Record<CheckedFact, string> = {
  malpractice: 'Malpractice minimum coverage',
  csr: 'State controlled-substance registration',
  telehealth_prescribing: 'Telehealth prescribing law',
  full_license: 'Full license fee and time',
  compact_membership: 'Standing in a compact',
  telehealth_route: 'Telehealth route terms',
  telemedicine_rule: 'End of DEA’s telemedicine flexibilities',
};

/** Federal facts: the answer names no state. */
export const isFederal = (fact: CheckedFact): boolean => fact === 'telemedicine_rule';

/** Facts a jurisdiction has several of: the answer names which one, as the reason does. */
const NEEDS_SUBJECT: readonly CheckedFact[] = ['compact_membership', 'telehealth_route'];

/** "https://…", or "phone call with the board (Dana Reyes)", as the Rust side writes it. */
export function sourceText(source: AnswerSource): string {
  return source.kind === 'address' ? source.url : `phone call with the board (${source.person.trim()})`;
}

/** One citation: the clinician's answer as "your answer, DATE, SOURCE"; any other fact as
 * "WHAT, as of DATE (confidence)". */
export function citationText(c: Citation): string {
  if (c.confidence === 'checked_by_you') return `${c.fact}: your answer, ${c.as_of}, ${c.sources.join(', ')}`;
  return `${c.fact}, as of ${c.as_of} (${confidenceLabel(c.confidence)})`;
}

/** The fact whose answer settles this reason, if any: by its code, and for a compact or a
 * route only when the reason names which one. */
export function factForReason(reason: Pick<Reason, 'code' | 'subject'>, settles: FactReasons[]): CheckedFact | null {
  const fact = settles.find((f) => f.codes.includes(reason.code))?.fact ?? null;
  return fact !== null && NEEDS_SUBJECT.includes(fact) && !reason.subject ? null : fact;
}

/** The compact or route an answer names, as its reason does; null for the other facts. */
export function answerSubject(value: CheckedValue): string | null {
  if (value.fact === 'compact_membership') return value.value.compact;
  if (value.fact === 'telehealth_route') return value.value.route;
  return null;
}

/** One question (a state, a fact, the compact or route): one answer is kept per question. */
export function questionKey(jurisdiction: Jurisdiction | null, fact: CheckedFact, subject: string | null): string {
  return `${jurisdiction ?? 'federal'}|${fact}|${subject ?? ''}`;
}

/** What the answer says, in words, as the reference table writes the same fact (no closing
 * period: the list adds it). */
export function answerText(value: CheckedValue): string {
  return said(value).replace(/\.$/, '');
}

function said(value: CheckedValue): string {
  switch (value.fact) {
    case 'malpractice':
      return describeMalpractice(value.value);
    case 'csr':
      return describeCsr(value.value);
    case 'telehealth_prescribing':
      return describePrescribing(value.value);
    case 'full_license':
      return describeFullLicense(value.value);
    case 'compact_membership': {
      const status = compactStatusLabel(value.value.status);
      return value.value.implemented ? `${status} (issuing from ${value.value.implemented})` : status;
    }
    case 'telehealth_route': {
      const r = value.value;
      const covers = `covers ${r.professions.map(professionLabel).join(', ')}`;
      const schedule = (s: string) => SCHEDULES.find(([v]) => v === s)?.[1] ?? s;
      const prescribing =
        r.controlled_substances_allowed === null
          ? 'whether controlled substances may be prescribed: the board could not say'
          : r.controlled_substances_allowed
            ? `controlled substances may be prescribed${r.excluded_schedules.length ? `, except ${r.excluded_schedules.map(schedule).join(', ')}` : ''}`
            : 'no controlled substances';
      return `${covers}; ${prescribing}`;
    }
    case 'telemedicine_rule':
      return value.value.effective_until ? `in force through ${value.value.effective_until}` : 'in force with no end date set';
  }
}

/** Which compact an answer is about, for the form's heading ("IMLC"); '' for the other facts.
 * A route is named by the reason or the question the form opens under, in its own words. */
export function subjectText(value: CheckedValue): string {
  return value.fact === 'compact_membership' ? compactName(value.value.compact) : '';
}

/** The notice's kind, for a badge: a newer official fact that disagrees comes first. */
export function noticeKind(n: AnswerNotice): 'disagrees' | 'stale' | 'superseded' | 'unused' | 'in_use' {
  if (n.status.status === 'superseded' && n.status.disagrees) return 'disagrees';
  if (n.stale) return 'stale';
  if (n.status.status === 'superseded') return 'superseded';
  if (n.status.status === 'no_entry') return 'unused';
  return 'in_use';
}

/** The empty answer of a kind of fact, as the form starts it; `subject` names the compact or
 * the route (from the reason). */
export function emptyValue(fact: CheckedFact, subject: string | null = null): CheckedValue {
  switch (fact) {
    case 'malpractice':
      return {
        fact,
        value: { rule: 'none', min_per_claim_usd: null, min_aggregate_usd: null, fund: null, alternatives: '', applies_to_telehealth: null },
      };
    case 'csr':
      return {
        fact,
        value: {
          required: true,
          agency: '',
          fee_usd: null,
          cycle_years: null,
          renews_with_license: false,
          expiry: '',
          typical_days: null,
          required_for_telehealth_prescribers: null,
        },
      };
    case 'telehealth_prescribing':
      return {
        fact,
        value: {
          in_person_exam: { rule: 'not_required' },
          barred_schedules: [],
          limits: '',
          relationship_by_video: null,
          relationship_by_audio_only: null,
          relationship_asynchronous: null,
        },
      };
    case 'full_license':
      return { fact, value: { fee_usd: null, typical_days: null, time_drivers: [], imlc_fee_usd: null } };
    case 'compact_membership':
      return { fact, value: { compact: (subject ?? 'imlc') as Compact, status: 'member', implemented: null } };
    case 'telehealth_route':
      return { fact, value: { route: subject ?? '', professions: [], controlled_substances_allowed: null, excluded_schedules: [] } };
    case 'telemedicine_rule':
      return { fact, value: { effective_until: null } };
  }
}

/** A whole number typed in a field, or null when empty. */
export function wholeNumber(text: string): number | null {
  const t = text.trim().replace(/[$,]/g, '');
  if (t === '') return null;
  const n = Number(t);
  return Number.isInteger(n) && n >= 0 ? n : Number.NaN;
}

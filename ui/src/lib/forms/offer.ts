// The offer form as data: its values, and the conversions between a stored Offer and them.
// Rules (dates in order, at least one state and one modality) come from licensure-core through
// save errors; only what cannot even be sent (an empty start date) is checked here, plus the
// required fields, so that the clinician sees every gap at once before anything is sent.
import type { Answer, Issue, Jurisdiction, Modality, Offer, Schedule, Tail } from '../ipc';
import { parseDate } from './date';

export const MODALITIES: [Modality, string][] = [
  ['video', 'Video'],
  ['audio_only', 'Audio only'],
  ['asynchronous', 'Asynchronous (store and forward)'],
];

export const TELEHEALTH_ANSWERS: [Answer, string][] = [
  ['unknown', 'Not known yet'],
  ['yes', 'Yes'],
  ['no', 'No'],
];

export const TAILS: [Tail, string][] = [
  ['unknown', 'Not stated'],
  ['none', 'No tail'],
  ['purchased', 'Purchased'],
  ['employer', 'Provided by the employer'],
];

export type OfferValues = {
  employer: string;
  role: string;
  jurisdictions: Jurisdiction[];
  start: string;
  end: string;
  modalities: Modality[];
  schedules: Schedule[];
  inPersonVisits: boolean;
  /** 'none': the clinician brings their own coverage. */
  malpractice: 'none' | 'employer';
  malpracticeJurisdictions: Jurisdiction[];
  telehealthCovered: Answer;
  tail: Tail;
  feesReimbursed: boolean;
  pay: string;
  notes: string;
};

/** Values for a new offer: video only, no controlled substances, own malpractice. */
export function emptyOfferValues(): OfferValues {
  return {
    employer: '',
    role: '',
    jurisdictions: [],
    start: '',
    end: '',
    modalities: ['video'],
    schedules: [],
    inPersonVisits: false,
    malpractice: 'none',
    malpracticeJurisdictions: [],
    telehealthCovered: 'unknown',
    tail: 'unknown',
    feesReimbursed: false,
    pay: '',
    notes: '',
  };
}

/** The form values of a stored offer. */
export function offerValuesOf(offer: Offer): OfferValues {
  const m = offer.employer_malpractice;
  return {
    employer: offer.employer,
    role: offer.role,
    jurisdictions: [...offer.patient_jurisdictions],
    start: offer.start,
    end: offer.end ?? '',
    modalities: [...offer.modalities],
    schedules: [...offer.controlled_substances],
    inPersonVisits: offer.in_person_visits,
    malpractice: m ? 'employer' : 'none',
    malpracticeJurisdictions: m ? [...m.jurisdictions] : [],
    telehealthCovered: m?.telehealth_covered ?? 'unknown',
    tail: m?.tail ?? 'unknown',
    feesReimbursed: offer.fees_reimbursed,
    pay: offer.pay,
    notes: offer.notes,
  };
}

/** Required fields left empty and dates that are not dates, as issues at their fields
 * (checked before sending). */
export function missingOfferFields(values: OfferValues): Issue[] {
  const missing: [string, boolean, string][] = [
    ['employer', values.employer.trim() === '', 'The employer is required'],
    ['patient_jurisdictions', values.jurisdictions.length === 0, 'Name at least one jurisdiction where patients are'],
    ['start', values.start.trim() === '', 'The start date is required'],
    ['modalities', values.modalities.length === 0, 'Name at least one modality'],
  ];
  const required = missing.filter(([, empty]) => empty).map(([field, , message]): Issue => ({ severity: 'error', code: 'required', field, message }));
  const dates = (['start', 'end'] as const).flatMap((field): Issue[] => {
    const d = parseDate(values[field]);
    return d.kind === 'invalid' ? [{ severity: 'error', code: 'not_a_date', field, message: d.message }] : [];
  });
  return [...required, ...dates];
}

/** A typed date as the offer stores it (YYYY-MM-DD), or null when empty or unreadable. */
function dateOf(text: string): string | null {
  const d = parseDate(text);
  return d.kind === 'value' ? d.value : null;
}

/** The offer the form describes. Call only when `missingOfferFields` finds nothing. */
export function offerOf(id: string, values: OfferValues): Offer {
  return {
    id,
    employer: values.employer.trim(),
    role: values.role.trim(),
    patient_jurisdictions: [...values.jurisdictions],
    start: dateOf(values.start) ?? '',
    end: dateOf(values.end),
    modalities: [...values.modalities],
    controlled_substances: [...values.schedules],
    in_person_visits: values.inPersonVisits,
    employer_malpractice:
      values.malpractice === 'employer'
        ? { jurisdictions: [...values.malpracticeJurisdictions], telehealth_covered: values.telehealthCovered, tail: values.tail }
        : null,
    fees_reimbursed: values.feesReimbursed,
    pay: values.pay.trim(),
    notes: values.notes,
  };
}

/** The issues about one field, including those below it ("employer_malpractice/tail"). */
export function offerIssuesAt(issues: Issue[], field: string): Issue[] {
  return issues.filter((i) => i.field === field || i.field.startsWith(`${field}/`));
}

/** The fields the form shows issues at; anything else is listed at the top of the form. */
export const OFFER_FIELDS = [
  'employer',
  'role',
  'patient_jurisdictions',
  'start',
  'end',
  'modalities',
  'controlled_substances',
  'in_person_visits',
  'employer_malpractice',
  'fees_reimbursed',
  'pay',
  'notes',
];

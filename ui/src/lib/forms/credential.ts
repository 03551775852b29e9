// The credential forms as data: one field list per kind, and the conversions between a stored
// Credential and the form's values. Rules (check digits, dates in order, duplicates) are not
// here: they come from licensure-core through validate_credential and save errors. Only
// "required" and typed whole numbers are checked here, because an empty date or a number that
// is not one cannot even be sent.
import type { Credential, CredentialDetail, Issue } from '../ipc';
import { parseWholeNumber } from './number';
import { parseDate } from './date';

export type Kind = CredentialDetail['kind'];
export type FieldType = 'text' | 'date' | 'jurisdiction' | 'select' | 'integer' | 'checkbox' | 'schedules' | 'jurisdictions' | 'coverage';

export type FieldSpec = {
  key: string;
  label: string;
  type: FieldType;
  required?: boolean;
  options?: [string, string][];
  hint?: string;
  /** Text fields kept in capitals as typed (a DEA number is upper case). */
  upper?: boolean;
};

/** The range of every integer field (dollar limits of a policy). */
const INTEGER_MAX = 1_000_000_000_000;

export type FormValues = {
  text: Record<string, string>;
  flags: Record<string, boolean>;
  lists: Record<string, string[]>;
};

const LICENSE_STATUS: [string, string][] = [
  ['active', 'Active'],
  ['inactive', 'Inactive'],
  ['expired', 'Expired'],
  ['pending', 'Pending'],
  ['restricted', 'Restricted'],
  ['probation', 'Probation'],
  ['revoked', 'Revoked'],
];
const ANSWERS: [string, string][] = [
  ['unknown', 'Not known yet'],
  ['yes', 'Yes'],
  ['no', 'No'],
];
export const SCHEDULES: [string, string][] = [
  ['2', 'Schedule II'],
  ['2N', 'Schedule II non-narcotic'],
  ['3', 'Schedule III'],
  ['3N', 'Schedule III non-narcotic'],
  ['4', 'Schedule IV'],
  ['5', 'Schedule V'],
];

export const KINDS: [Kind, string][] = [
  ['state_license', 'State license'],
  ['compact_privilege', 'Compact privilege'],
  ['telehealth_registration', 'Telehealth registration'],
  ['dea_registration', 'DEA registration'],
  ['state_csr', 'State controlled-substance registration'],
  ['malpractice_policy', 'Malpractice policy'],
  ['board_certification', 'Board certification'],
  ['imlc_loq', 'IMLC Letter of Qualification'],
  ['caqh_attestation', 'CAQH attestation'],
];

export const FIELDS: Record<Kind, FieldSpec[]> = {
  state_license: [
    { key: 'jurisdiction', label: 'State', type: 'jurisdiction', required: true },
    { key: 'license_type', label: 'License type', type: 'text', required: true, hint: 'MD, DO, APRN, RN… as the board names it' },
    { key: 'number', label: 'License number', type: 'text', required: true },
    { key: 'status', label: 'Status', type: 'select', required: true, options: LICENSE_STATUS },
    { key: 'issued', label: 'Issued', type: 'date' },
    { key: 'expires', label: 'Expires', type: 'date' },
    { key: 'route', label: 'Obtained by', type: 'select', options: [['direct', 'Direct application'], ['endorsement', 'Endorsement'], ['imlc', 'IMLC']] },
    { key: 'restriction_notes', label: 'Restrictions or conditions', type: 'text' },
  ],
  compact_privilege: [
    {
      key: 'compact',
      label: 'Compact',
      type: 'select',
      required: true,
      options: [
        ['imlc', 'Interstate Medical Licensure Compact'],
        ['nlc', 'Nurse Licensure Compact'],
        ['psypact', 'PSYPACT'],
        ['counseling', 'Counseling Compact'],
        ['pa_compact', 'PA Licensure Compact'],
        ['aprn_compact', 'APRN Compact'],
        ['social_work', 'Social Work Licensure Compact'],
      ],
    },
    { key: 'home_state', label: 'Home state', type: 'jurisdiction', required: true },
    { key: 'privilege_states', label: 'Privilege states (none selected: every member state)', type: 'jurisdictions' },
    { key: 'number', label: 'Privilege number', type: 'text' },
    { key: 'issued', label: 'Issued', type: 'date' },
    { key: 'expires', label: 'Expires', type: 'date' },
  ],
  telehealth_registration: [
    { key: 'jurisdiction', label: 'State', type: 'jurisdiction', required: true },
    { key: 'number', label: 'Registration number', type: 'text' },
    { key: 'issued', label: 'Issued', type: 'date' },
    { key: 'expires', label: 'Expires', type: 'date' },
    { key: 'limits', label: 'Limits', type: 'text' },
  ],
  dea_registration: [
    { key: 'number', label: 'DEA number', type: 'text', required: true, hint: 'Two letters and seven digits', upper: true },
    { key: 'jurisdiction', label: 'State', type: 'jurisdiction', required: true },
    { key: 'schedules', label: 'Schedules', type: 'schedules' },
    { key: 'expires', label: 'Expires', type: 'date' },
  ],
  state_csr: [
    { key: 'jurisdiction', label: 'State', type: 'jurisdiction', required: true },
    { key: 'number', label: 'Registration number', type: 'text' },
    { key: 'schedules', label: 'Schedules', type: 'schedules' },
    { key: 'issued', label: 'Issued', type: 'date' },
    { key: 'expires', label: 'Expires', type: 'date' },
  ],
  malpractice_policy: [
    { key: 'carrier', label: 'Carrier', type: 'text', required: true },
    { key: 'policy_number', label: 'Policy number', type: 'text' },
    { key: 'basis', label: 'Basis', type: 'select', required: true, options: [['claims_made', 'Claims-made'], ['occurrence', 'Occurrence']] },
    { key: 'retroactive_date', label: 'Retroactive date', type: 'date' },
    { key: 'per_claim_limit', label: 'Per-claim limit (US dollars)', type: 'integer' },
    { key: 'aggregate_limit', label: 'Aggregate limit (US dollars)', type: 'integer' },
    { key: 'coverage', label: 'Covered jurisdictions', type: 'coverage' },
    { key: 'telehealth_covered', label: 'Telehealth covered', type: 'select', required: true, options: ANSWERS },
    { key: 'period_start', label: 'Policy period starts', type: 'date', required: true },
    { key: 'period_end', label: 'Policy period ends', type: 'date', required: true },
    {
      key: 'tail',
      label: 'Tail coverage',
      type: 'select',
      required: true,
      options: [['unknown', 'Not recorded'], ['none', 'No tail'], ['purchased', 'Purchased'], ['employer', 'Provided by the employer']],
    },
    { key: 'employer_provided', label: 'Provided by an employer', type: 'checkbox' },
    {
      key: 'compensation_funds',
      label: 'Compensation funds joined',
      type: 'jurisdictions',
      hint: "States whose patient compensation fund this coverage takes part in (Kansas HCSF, Pennsylvania Mcare, Wisconsin IPFCF)",
    },
  ],
  board_certification: [
    { key: 'board', label: 'Board', type: 'text', required: true },
    { key: 'specialty', label: 'Specialty', type: 'text', required: true },
    { key: 'body', label: 'Certifying body', type: 'select', required: true, options: [['abms', 'ABMS member board'], ['aoa', 'AOA certifying board'], ['other', 'Other']] },
    { key: 'expires', label: 'Expires', type: 'date' },
    { key: 'time_unlimited', label: 'Time-unlimited certificate', type: 'checkbox' },
  ],
  imlc_loq: [
    { key: 'principal_state', label: 'State of principal license', type: 'jurisdiction', required: true },
    { key: 'status', label: 'Status', type: 'select', required: true, options: [['applied', 'Applied'], ['issued', 'Issued']] },
    { key: 'applied', label: 'Applied', type: 'date' },
    { key: 'issued', label: 'Issued', type: 'date' },
    { key: 'expires', label: 'Expires', type: 'date' },
  ],
  caqh_attestation: [
    { key: 'provider_id', label: 'CAQH provider id', type: 'text' },
    { key: 'last_attested', label: 'Last attested', type: 'date', required: true },
  ],
};

/** Empty values for a new credential of `kind` (selects start on their first option). */
export function emptyValues(kind: Kind): FormValues {
  const values: FormValues = { text: { notes: '' }, flags: {}, lists: {} };
  for (const f of FIELDS[kind]) {
    if (f.type === 'checkbox') values.flags[f.key] = false;
    else if (f.type === 'schedules' || f.type === 'jurisdictions') values.lists[f.key] = [];
    else if (f.type === 'coverage') {
      values.text[f.key] = 'nationwide';
      values.lists[f.key] = [];
    } else values.text[f.key] = f.type === 'select' && f.required ? (f.options?.[0]?.[0] ?? '') : '';
  }
  if (kind === 'state_license') values.text['route'] = 'direct';
  return values;
}

/** The form values of a stored credential. */
export function valuesOf(credential: Credential): FormValues {
  const detail = credential.detail as unknown as Record<string, unknown>;
  const values = emptyValues(credential.detail.kind);
  values.text['notes'] = credential.notes;
  for (const f of FIELDS[credential.detail.kind]) {
    const v = detail[f.key];
    if (f.type === 'checkbox') values.flags[f.key] = v === true;
    else if (f.type === 'schedules' || f.type === 'jurisdictions') values.lists[f.key] = Array.isArray(v) ? v.map(String) : [];
    else if (f.type === 'coverage') {
      const c = v as { scope: string; jurisdictions?: string[] } | undefined;
      values.text[f.key] = c?.scope ?? 'nationwide';
      values.lists[f.key] = c?.jurisdictions ?? [];
    } else values.text[f.key] = v === null || v === undefined ? '' : String(v);
  }
  return values;
}

/** Fields left empty that must be filled, as issues at the field (checked before sending). */
export function missingRequired(kind: Kind, values: FormValues): Issue[] {
  return FIELDS[kind]
    .filter((f) => f.required && (values.text[f.key] ?? '').trim() === '')
    .map((f) => ({ severity: 'error', code: 'required', field: `detail/${f.key}`, message: `${f.label} is required` }));
}

/** Integer fields whose text is not a whole number, as issues at the field. */
export function invalidNumbers(kind: Kind, values: FormValues): Issue[] {
  return FIELDS[kind].flatMap((f) => {
    if (f.type !== 'integer') return [];
    const n = parseWholeNumber(values.text[f.key] ?? '', 0, INTEGER_MAX);
    return n.kind === 'invalid' ? [{ severity: 'error', code: 'not_a_number', field: `detail/${f.key}`, message: n.message } satisfies Issue] : [];
  });
}

/** Date fields whose text is not a date, as issues at the field. */
export function invalidDates(kind: Kind, values: FormValues): Issue[] {
  return FIELDS[kind].flatMap((f) => {
    if (f.type !== 'date') return [];
    const d = parseDate(values.text[f.key] ?? '');
    return d.kind === 'invalid' ? [{ severity: 'error', code: 'not_a_date', field: `detail/${f.key}`, message: d.message } satisfies Issue] : [];
  });
}

/** What must be mended before the form can be sent: required fields left empty, numbers
 *  that are not whole numbers, dates that are not dates. */
export function formProblems(kind: Kind, values: FormValues): Issue[] {
  return [...missingRequired(kind, values), ...invalidNumbers(kind, values), ...invalidDates(kind, values)];
}

/** The credential the form describes. Call only when `formProblems` finds nothing. */
export function credentialOf(id: string, kind: Kind, values: FormValues): Credential {
  const detail: Record<string, unknown> = { kind };
  for (const f of FIELDS[kind]) {
    const t = (values.text[f.key] ?? '').trim();
    switch (f.type) {
      case 'checkbox':
        detail[f.key] = values.flags[f.key] === true;
        break;
      case 'schedules':
      case 'jurisdictions':
        detail[f.key] = [...(values.lists[f.key] ?? [])];
        break;
      case 'coverage':
        detail[f.key] = t === 'listed' ? { scope: 'listed', jurisdictions: [...(values.lists[f.key] ?? [])] } : { scope: 'nationwide' };
        break;
      case 'date': {
        const d = parseDate(t);
        detail[f.key] = d.kind === 'value' ? d.value : null;
        break;
      }
      case 'integer': {
        const n = parseWholeNumber(t, 0, INTEGER_MAX);
        detail[f.key] = n.kind === 'value' ? n.value : null;
        break;
      }
      default:
        detail[f.key] = f.upper ? t.toUpperCase() : t;
    }
  }
  return { id, detail: detail as unknown as CredentialDetail, notes: values.text['notes'] ?? '' };
}

/** The issues about one field ("detail/number"). */
export function issuesAt(issues: Issue[], field: string): Issue[] {
  return issues.filter((i) => i.field === field);
}

/** Issues no field of the form shows (the form lists them at the top). */
export function unplacedIssues(issues: Issue[], fields: string[]): Issue[] {
  return issues.filter((i) => !fields.includes(i.field));
}

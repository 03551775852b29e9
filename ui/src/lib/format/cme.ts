// How CME progress is shown: hours in words, a status in words, and each license's
// requirements as bars (total hours, Category 1 hours, each required topic). No rules: what
// is met, missing or to verify, and by when, comes from licensure-core.
import type { CmeCsvField, CmeStatus, HoursProgress, LicenseCme, TopicProgress } from '../ipc';

/** "1 hour", "2.5 hours", "0.25 hours". */
export function hoursText(hours: number): string {
  const n = Math.round(hours * 100) / 100;
  return `${n} hour${n === 1 ? '' : 's'}`;
}

const STATUS: Record<CmeStatus, string> = {
  met: 'Done',
  missing: 'Missing',
  verify: 'Verify with the board',
  not_required: 'Not required',
};

export function statusLabel(status: CmeStatus): string {
  return STATUS[status];
}

/** How full a bar is, 0 to 100; a requirement without hours is full when met. */
export function percent(done: number, required: number | null, status: CmeStatus): number {
  if (required === null || required <= 0) return status === 'met' ? 100 : 0;
  return Math.max(0, Math.min(100, Math.round((done / required) * 100)));
}

/** One requirement of a license, as a bar. */
export type CmeBar = {
  key: string;
  label: string;
  done: number;
  required: number | null;
  missing: number | null;
  status: CmeStatus;
  /** The day it must be done by, when missing. */
  due: string | null;
  /** Why it applies, does not, or must be verified. */
  reason: string;
};

function hoursBar(key: string, label: string, p: HoursProgress, due: string | null): CmeBar {
  const met = p.missing === 0;
  return { key, label, done: p.done, required: p.required, missing: p.missing, status: met ? 'met' : 'missing', due: met ? null : due, reason: '' };
}

function topicBar(t: TopicProgress, i: number): CmeBar {
  const missing = t.required === null ? null : Math.max(0, t.required - t.done);
  return { key: `topic-${i}`, label: t.description, done: t.done, required: t.required, missing, status: t.status, due: t.due, reason: t.reason };
}

/** The bars of a license: total hours, Category 1 hours, then each required topic. */
export function cmeBars(license: LicenseCme): CmeBar[] {
  const bars: CmeBar[] = [];
  if (license.total) bars.push(hoursBar('total', 'Total hours', license.total, license.due));
  if (license.category1) bars.push(hoursBar('category1', 'Category 1 hours', license.category1, license.due));
  license.topics.forEach((t, i) => bars.push(topicBar(t, i)));
  return bars;
}

/** What a bar says in words: "12 of 50 hours", "Done", "2 hours missing". */
export function barText(bar: CmeBar): string {
  if (bar.status === 'verify' || bar.status === 'not_required') return statusLabel(bar.status);
  if (bar.required === null) return bar.status === 'met' ? `Done (${hoursText(bar.done)})` : 'Missing';
  const of = `${Math.round(bar.done * 100) / 100} of ${hoursText(bar.required)}`;
  return bar.status === 'met' ? `${of}: done` : `${of}: ${hoursText(bar.missing ?? 0)} missing`;
}

/** The license's summary line: what is missing and by when, or that it is done. */
export function licenseSummary(license: LicenseCme): string {
  if (license.status === 'met') return `CME complete${license.due ? ` for the renewal on ${license.due}` : ''}.`;
  if (license.status === 'missing') {
    const what = license.shortfall || 'CME still needed';
    return license.due ? `${what} by ${license.due}.` : `${what}.`;
  }
  if (license.status === 'verify') return 'Verify with the board: the state’s CME rule could not be judged from the reference data.';
  return 'No CME requirement applies.';
}

/** The fields a transcript column can be read as. */
export const CME_CSV_FIELDS: [CmeCsvField, string][] = [
  ['title', 'Title'], ['provider', 'Provider'], ['completed', 'Completed on'], ['hours', 'Hours'],
  ['category', 'Credit category'], ['topics', 'Topics'], ['note', 'Note'], ['ignore', 'Do not import'],
];

/** The fields the transcript's rows table shows: the date and the hours always (a row is
 * refused without them), every other one when a column is read as it. */
export function shownCmeFields(mapping: CmeCsvField[]): { field: string; label: string }[] {
  return CME_CSV_FIELDS.flatMap(([field, label]) =>
    field !== 'ignore' && (field === 'completed' || field === 'hours' || mapping.includes(field)) ? [{ field, label }] : [],
  );
}

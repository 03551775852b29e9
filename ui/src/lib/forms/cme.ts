// The CME activity form as data: the values typed, how hours are read, and the activity they
// describe. Rules (hours that are sensible, a date not in the future, a title) are
// licensure-core's, reported by save_cme_activity at each field; only what cannot even be
// sent (a date that is not one, hours that are not a number, empty required fields) is
// checked here.
import type { CmeActivity, CmeCategory, CmeTopic, Issue } from '../ipc';
import { parseDate } from './date';

export type CmeValues = {
  title: string;
  provider: string;
  completed: string;
  hours: string;
  category: CmeCategory;
  topics: CmeTopic[];
  note: string;
};

/** The text fields of the form, in order, with their labels. */
export const CME_TEXT_FIELDS: { key: 'title' | 'provider' | 'completed' | 'hours'; label: string; required: boolean }[] = [
  { key: 'title', label: 'Title', required: true },
  { key: 'provider', label: 'Provider', required: false },
  { key: 'completed', label: 'Completed on', required: true },
  { key: 'hours', label: 'Hours', required: true },
];

/** Every field an issue can name, so that the rest are listed at the top of the form. */
export const CME_FIELDS = ['title', 'provider', 'completed', 'hours', 'category', 'topics', 'note'];

/** What typed hours are: empty, a number of hours, or why they are not one. */
export type TypedHours = { kind: 'empty' } | { kind: 'value'; value: number } | { kind: 'invalid'; message: string };

/**
 * Reads hours as people type them: "2", "2.5", "0.25", ".5", "1,5" (a decimal comma).
 * At most two decimals (a quarter hour is 0.25), as the store keeps them.
 */
export function parseHours(text: string): TypedHours {
  const t = text.trim().replace(',', '.');
  if (t === '') return { kind: 'empty' };
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(t)) {
    return { kind: 'invalid', message: 'Enter the hours as a number, such as 1, 2.5 or 0.25' };
  }
  const decimals = (t.split('.')[1] ?? '').length;
  if (decimals > 2) return { kind: 'invalid', message: 'Enter hours to the hundredth at most, such as 0.25' };
  return { kind: 'value', value: Number(t) };
}

export function emptyCmeValues(): CmeValues {
  return { title: '', provider: '', completed: '', hours: '', category: 'ama_pra_category_1', topics: [], note: '' };
}

/** The form values of a stored activity. */
export function cmeValuesOf(a: CmeActivity): CmeValues {
  return {
    title: a.title,
    provider: a.provider,
    completed: a.completed,
    hours: String(a.hours),
    category: a.category,
    topics: [...a.topics],
    note: a.note,
  };
}

/** What must be mended before the form can be sent, as issues at their fields. */
export function cmeFormProblems(values: CmeValues): Issue[] {
  const issues: Issue[] = [];
  for (const f of CME_TEXT_FIELDS) {
    if (f.required && values[f.key].trim() === '') {
      issues.push({ severity: 'error', code: 'required', field: f.key, message: `${f.label} is required` });
    }
  }
  const date = parseDate(values.completed);
  if (date.kind === 'invalid') issues.push({ severity: 'error', code: 'not_a_date', field: 'completed', message: date.message });
  const hours = parseHours(values.hours);
  if (hours.kind === 'invalid') issues.push({ severity: 'error', code: 'not_a_number', field: 'hours', message: hours.message });
  return issues;
}

/** The activity the form describes. Call only when `cmeFormProblems` finds nothing. */
export function cmeActivityOf(id: string, values: CmeValues): CmeActivity {
  const date = parseDate(values.completed);
  const hours = parseHours(values.hours);
  return {
    id,
    title: values.title.trim(),
    provider: values.provider.trim(),
    completed: date.kind === 'value' ? date.value : values.completed.trim(),
    hours: hours.kind === 'value' ? hours.value : 0,
    category: values.category,
    topics: [...values.topics],
    note: values.note,
  };
}

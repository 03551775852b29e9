// Presentation of a CSV preview: names of encodings, delimiters and fields, and which fields
// the rows table shows.
import type { CsvDelimiter, CsvEncoding, CsvField, CsvValues } from '../ipc';

export const ENCODINGS: [CsvEncoding, string][] = [
  ['utf8', 'UTF-8'],
  ['utf16_le', 'UTF-16 LE (Excel "Unicode text")'],
  ['utf16_be', 'UTF-16 BE'],
  ['windows1252', 'Windows-1252 (Excel "CSV" on Windows)'],
  ['mac_roman', 'Mac OS Roman (older Excel for Mac)'],
];

export const DELIMITERS: [CsvDelimiter, string][] = [
  ['comma', 'Comma (,)'],
  ['semicolon', 'Semicolon (;)'],
  ['tab', 'Tab'],
];

export const FIELDS: [CsvField, string][] = [
  ['kind', 'Kind'], ['jurisdiction', 'State'], ['license_type', 'License type'], ['number', 'Number'], ['status', 'Status'],
  ['issued', 'Issued'], ['expires', 'Expires'], ['schedules', 'Schedules'], ['notes', 'Notes'], ['ignore', 'Do not import'],
];

/** A field shown in the rows table, with the key of its value. */
export type ShownField = { field: Exclude<CsvField, 'ignore'>; label: string };

/**
 * The fields the rows table shows: the kind and the state always (a row without them is a
 * state license, or is refused for its missing state), every other one when a column is read
 * as it.
 */
export function shownFields(mapping: CsvField[]): ShownField[] {
  return FIELDS.flatMap(([field, label]) =>
    field !== 'ignore' && (field === 'kind' || field === 'jurisdiction' || mapping.includes(field)) ? [{ field, label }] : [],
  );
}

/** A row's value for a shown field ("—" when empty). */
export function shownValue(values: CsvValues, field: ShownField['field']): string {
  return values[field] === '' ? '—' : values[field];
}

/** "detected" when the choice is what was detected, else what was detected. */
export function detectedNote<T extends string>(used: T, detected: T, labels: [T, string][]): string {
  if (used === detected) return 'detected';
  const label = labels.find(([value]) => value === detected)?.[1] ?? detected;
  return `detected: ${label}`;
}

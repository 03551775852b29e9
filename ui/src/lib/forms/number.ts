// Whole numbers as people type them into a form: "3000000", "3,000,000", "3 000 000" or
// "$1,000,000". Number fields are text inputs (inputmode numeric): a browser's number input
// drops "1,000,000" silently and hands the page a number where it expects text.

/** What a typed whole number is: empty, a value, or why it is not one. */
export type WholeNumber = { kind: 'empty' } | { kind: 'value'; value: number } | { kind: 'invalid'; message: string };

/** Reads `text` as a whole number between `min` and `max`, both included. */
export function parseWholeNumber(text: string, min: number, max: number): WholeNumber {
  const t = text.trim().replace(/^\$\s*/, '');
  if (t === '') return { kind: 'empty' };
  const grouped = /^\d{1,3}([, ]\d{3})+$/.test(t);
  if (!grouped && !/^\d+$/.test(t)) {
    return { kind: 'invalid', message: `Enter a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}, such as ${example(min, max)}` };
  }
  const value = Number(t.replace(/[, ]/g, ''));
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    return { kind: 'invalid', message: `Enter a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}` };
  }
  return { kind: 'value', value };
}

function example(min: number, max: number): string {
  if (max >= 1_000_000) return '1,000,000';
  return String(Math.min(max, Math.max(min, 1)));
}

import { describe, expect, it } from 'vitest';
import { parseWholeNumber } from './number';

describe('parseWholeNumber', () => {
  const cases: [string, string, number, number, ReturnType<typeof parseWholeNumber>['kind'], number?][] = [
    ['plain digits', '3000000', 0, 1e12, 'value', 3_000_000],
    ['thousands with commas', '1,000,000', 0, 1e12, 'value', 1_000_000],
    ['thousands with spaces', '1 000 000', 0, 1e12, 'value', 1_000_000],
    ['a dollar sign', '$ 250,000', 0, 1e12, 'value', 250_000],
    ['surrounding blanks', '  42 ', 0, 100, 'value', 42],
    ['empty', '', 0, 100, 'empty'],
    ['only blanks', '   ', 0, 100, 'empty'],
    ['zero at the lower bound', '0', 0, 100, 'value', 0],
    ['the upper bound', '100', 0, 100, 'value', 100],
    ['above the upper bound', '101', 0, 100, 'invalid'],
    ['below the lower bound', '0', 1, 255, 'invalid'],
    ['a decimal', '1.5', 0, 100, 'invalid'],
    ['a negative', '-5', 0, 100, 'invalid'],
    ['letters', '1M', 0, 1e12, 'invalid'],
    ['misplaced commas', '10,00,000', 0, 1e12, 'invalid'],
    ['a trailing comma', '1,000,', 0, 1e12, 'invalid'],
    ['too large to be exact', '99999999999999999999', 0, Number.MAX_SAFE_INTEGER, 'invalid'],
  ];
  it.each(cases)('%s: %j', (_name, text, min, max, kind, value) => {
    const got = parseWholeNumber(text, min, max);
    expect(got.kind).toBe(kind);
    if (got.kind === 'value') expect(got.value).toBe(value);
    if (got.kind === 'invalid') expect(got.message).toMatch(/^Enter a whole number from/);
  });
});

// Dates as people type them into a form: "2015-07-01", "07/01/2015", "7/1/2015", "07-01-2015",
// "07.01.2015", or the eight digits "07012015" (or "20150701") typed without separators, as a
// license card prints them. Date fields are text inputs: WebKit's date input half-fills on
// digits typed without separators (and then hands the page no date at all), and shows today's
// date in grey when empty, as if it were filled in.

/** What a typed date is: empty, a date (YYYY-MM-DD), or why it is not one. */
export type TypedDate = { kind: 'empty' } | { kind: 'value'; value: string } | { kind: 'invalid'; message: string };

/** Shown beside every date field. */
export const DATE_HINT = 'YYYY-MM-DD or MM/DD/YYYY';

const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2200;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The ISO date, when year, month and day make a real calendar date in range. */
function isoDate(year: number, month: number, day: number): string | null {
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const INVALID = `Enter a date as ${DATE_HINT}, such as 2027-01-31 or 01/31/2027`;

/** Reads `text` as a date; US order (month first) when the year comes last. */
export function parseDate(text: string): TypedDate {
  const t = text.trim();
  if (t === '') return { kind: 'empty' };
  let year: number;
  let month: number;
  let day: number;
  let m: RegExpMatchArray | null;
  if ((m = t.match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/))) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = t.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/))) {
    [month, day, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if (/^\d{8}$/.test(t)) {
    // Eight digits: year first when that reads as a real date, else month, day, year.
    const yearFirst = isoDate(Number(t.slice(0, 4)), Number(t.slice(4, 6)), Number(t.slice(6, 8)));
    if (yearFirst) return { kind: 'value', value: yearFirst };
    [month, day, year] = [Number(t.slice(0, 2)), Number(t.slice(2, 4)), Number(t.slice(4, 8))];
  } else {
    return { kind: 'invalid', message: INVALID };
  }
  const value = isoDate(year, month, day);
  if (!value) {
    return { kind: 'invalid', message: `${t} is not a date on the calendar: enter it as ${DATE_HINT}` };
  }
  return { kind: 'value', value };
}

/** The text a date field shows once the clinician leaves it: the date in ISO form when it
 * reads as one, else what they typed (so that they can mend it). */
export function normalizedDate(text: string): string {
  const d = parseDate(text);
  return d.kind === 'value' ? d.value : text;
}

import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import CsvImportPage from './CsvImportPage.svelte';
import { answerCommands, resetCommands } from '../lib/ipc/testing';
import { MAX_CSV_BYTES, type CsvOptions, type CsvPreview, type CsvValues } from '../lib/ipc';
import { shownFields } from '../lib/format/csv';

afterEach(resetCommands);

const good = { id: '', notes: 'José Peña', detail: { kind: 'state_license', jurisdiction: 'TX', license_type: 'MD', number: 'Q1234', status: 'active', restriction_notes: '', issued: '2015-07-01', expires: '2027-02-28', route: 'direct' } } as const;
const values = (v: Partial<CsvValues>): CsvValues => ({ kind: 'State license', jurisdiction: '', license_type: '', number: '', status: '', issued: '', expires: '', schedules: '', notes: '', ...v });
const preview: CsvPreview = {
  encoding: 'windows1252',
  detected_encoding: 'windows1252',
  byte_order_mark: false,
  delimiter: 'semicolon',
  detected_delimiter: 'semicolon',
  warning: null,
  headers: ['Type', 'State', 'Number', 'Issue date', 'Notes', 'Colour'],
  mapping: ['license_type', 'jurisdiction', 'number', 'issued', 'notes', 'ignore'],
  rows: [
    { line: 2, values: values({ jurisdiction: 'TX', license_type: 'MD', number: '•••34', status: 'active', issued: '2015-07-01', notes: 'José Peña' }), credential: good, issues: [] },
    {
      line: 3,
      values: values({ jurisdiction: 'XX', license_type: 'DO', number: '•••56', status: 'active' }),
      credential: null,
      issues: [{ severity: 'error', code: 'jurisdiction_unknown', field: 'detail/jurisdiction', message: '"XX" is not a US state, DC or territory code' }],
    },
  ],
  problem: null,
};

type Call = { command: string; bytes?: number[]; options?: CsvOptions; credentials?: unknown };

/** Answers preview_csv with `answer` (given the options sent) and import_csv; records each call. */
function answer(answerPreview: (options: CsvOptions) => CsvPreview): Call[] {
  const calls: Call[] = [];
  answerCommands({
    preview_csv: (body, headers) => {
      const options = JSON.parse(decodeURIComponent(headers['x-csv-options'] ?? '')) as CsvOptions;
      calls.push({ command: 'preview_csv', bytes: Array.from(body as unknown as Uint8Array), options });
      return answerPreview(options);
    },
    import_csv: (args) => {
      calls.push({ command: 'import_csv', credentials: args['credentials'] });
      return [{ ...good, id: 'c1' }];
    },
  });
  return calls;
}

async function chooseFile(file = new File([new Uint8Array([0x4a, 0x6f, 0x73, 0xe9])], 'l.csv', { type: 'text/csv' })) {
  const input = screen.getByLabelText('CSV file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await fireEvent.change(input);
}

async function select(label: string, value: string) {
  const element = screen.getByLabelText(label) as HTMLSelectElement;
  element.value = value;
  await fireEvent.change(element);
}

describe('CsvImportPage', () => {
  it('sends the file as bytes, previews every mapped field of every row, remaps a column, and imports only the good rows on confirmation', async () => {
    const calls = answer(() => preview);
    render(CsvImportPage);
    await chooseFile();
    const rows = await screen.findAllByTestId('csv-row');
    expect(calls[0]).toEqual({ command: 'preview_csv', bytes: [0x4a, 0x6f, 0x73, 0xe9], options: { encoding: null, delimiter: null, mapping: null } });
    expect(rows.map((r) => r.dataset.ok)).toEqual(['true', 'false']);
    const cells = (row: HTMLElement) => Object.fromEntries(Array.from(row.querySelectorAll('td[data-field]')).map((td) => [(td as HTMLElement).dataset.field, td.textContent]));
    expect(cells(rows[0]!)).toEqual({ kind: 'State license', jurisdiction: 'TX', license_type: 'MD', number: '•••34', issued: '2015-07-01', notes: 'José Peña' });
    expect(rows[0]?.textContent).not.toContain('Q1234');
    expect(rows[1]?.textContent).toContain('is not a US state');
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toContain('License type');

    await select('Read column Colour as', 'notes');
    expect(calls[1]?.options).toEqual({ encoding: null, delimiter: null, mapping: ['license_type', 'jurisdiction', 'number', 'issued', 'notes', 'notes'] });
    const confirm = screen.getByTestId('csv-confirm');
    expect(confirm.textContent).toContain('Import 1 good row(s), skip 1 with errors');
    await fireEvent.click(confirm);
    expect((await screen.findByText('Imported 1 credential(s).')).textContent).toBeTruthy();
    expect(calls[2]).toEqual({ command: 'import_csv', credentials: [good] });
  });

  it('shows the detected encoding and delimiter, and a change reads the file again with the choice and the columns detected again', async () => {
    const calls = answer((options) => ({
      ...preview,
      encoding: options.encoding ?? 'windows1252',
      delimiter: options.delimiter ?? 'semicolon',
      warning: options.encoding === 'utf8' ? '2 character(s) could not be read as UTF-8 and show as "�"' : null,
    }));
    render(CsvImportPage);
    await chooseFile();
    await screen.findAllByTestId('csv-row');
    const encoding = screen.getByLabelText('Encoding') as HTMLSelectElement;
    expect(encoding.value).toBe('windows1252');
    expect(screen.getByTestId('csv-encoding-note').textContent?.trim()).toBe('detected');
    expect((screen.getByLabelText('Delimiter') as HTMLSelectElement).value).toBe('semicolon');
    expect(encoding.getAttribute('aria-describedby')).toBe('csv-encoding-note');

    await select('Read column Colour as', 'notes');
    await select('Encoding', 'utf8');
    expect(calls[2]?.options).toEqual({ encoding: 'utf8', delimiter: null, mapping: null });
    expect(calls[2]?.bytes).toEqual(calls[0]?.bytes);
    expect(screen.getByTestId('csv-encoding-note').textContent?.trim()).toBe('detected: Windows-1252 (Excel "CSV" on Windows)');
    expect(screen.getByTestId('csv-warning').textContent).toContain('could not be read as UTF-8');

    await select('Delimiter', 'comma');
    expect(calls[3]?.options).toEqual({ encoding: 'utf8', delimiter: 'comma', mapping: null });
    expect(screen.getByTestId('csv-delimiter-note').textContent).toBe('detected: Semicolon (;)');
  });

  it('shows a file problem, and refuses a file over the limit without reading it', async () => {
    const calls = answer(() => ({ ...preview, headers: [], mapping: [], rows: [], problem: 'this is an Excel workbook (.xlsx) or another zip archive, not a CSV file' }));
    render(CsvImportPage);
    await chooseFile();
    expect((await screen.findByTestId('csv-problem')).textContent).toContain('not a CSV file');
    expect(screen.queryByTestId('csv-confirm')).toBeNull();
    expect(screen.getByLabelText('Encoding')).toBeTruthy();

    const big = new File(['x'], 'big.csv');
    Object.defineProperty(big, 'size', { value: MAX_CSV_BYTES + 1 });
    await chooseFile(big);
    expect((await screen.findByRole('alert')).textContent).toContain('at most 8.0 MiB');
    expect(calls.length).toBe(1);
  });
});

describe('shownFields', () => {
  it('shows the kind and the state always and the other fields when a column is read as them', () => {
    const cases: [string, CsvOptions['mapping'], string[]][] = [
      ['nothing mapped', [], ['kind', 'jurisdiction']],
      ['ignored columns', ['ignore', 'ignore'], ['kind', 'jurisdiction']],
      ['the issue\'s sheet', ['license_type', 'jurisdiction', 'number', 'status', 'issued', 'expires', 'notes'], ['kind', 'jurisdiction', 'license_type', 'number', 'status', 'issued', 'expires', 'notes']],
      ['in form order', ['schedules', 'kind', 'expires'], ['kind', 'jurisdiction', 'expires', 'schedules']],
    ];
    for (const [name, mapping, expected] of cases) {
      expect(shownFields(mapping ?? []).map((f) => f.field), name).toEqual(expected);
    }
  });
});

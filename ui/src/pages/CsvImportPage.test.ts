import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import CsvImportPage from './CsvImportPage.svelte';
import { answerCommands, resetCommands } from '../lib/ipc/testing';
import type { CsvPreview } from '../lib/ipc';

afterEach(resetCommands);

const good = { id: '', notes: '', detail: { kind: 'state_license', jurisdiction: 'TX', license_type: 'MD', number: 'Q1', status: 'active', restriction_notes: '', issued: null, expires: '2027-02-28', route: 'direct' } } as const;
const preview: CsvPreview = {
  headers: ['State', 'Number', 'Colour'],
  mapping: ['jurisdiction', 'number', 'ignore'],
  rows: [
    { line: 2, credential: good, issues: [] },
    { line: 3, credential: null, issues: [{ severity: 'error', code: 'jurisdiction_unknown', field: 'detail/jurisdiction', message: '"XX" is not a US state, DC or territory code' }] },
  ],
  problem: null,
};

async function chooseFile() {
  const input = screen.getByLabelText('CSV file') as HTMLInputElement;
  const file = new File(['State,Number,Colour\nTX,Q1,red\nXX,Q2,blue\n'], 'l.csv', { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file] });
  await fireEvent.change(input);
}

describe('CsvImportPage', () => {
  it('previews rows with their problems, remaps a column, and imports only the good rows on confirmation', async () => {
    const calls: { mapping: unknown; credentials?: unknown }[] = [];
    answerCommands({
      preview_csv: (args) => {
        calls.push({ mapping: args['mapping'] });
        return preview;
      },
      import_csv: (args) => {
        calls.push({ mapping: null, credentials: args['credentials'] });
        return [{ ...good, id: 'c1' }];
      },
    });
    render(CsvImportPage);
    await chooseFile();
    const rows = await screen.findAllByTestId('csv-row');
    expect(rows.map((r) => r.dataset.ok)).toEqual(['true', 'false']);
    expect(rows[1]?.textContent).toContain('is not a US state');
    const mapping = screen.getByLabelText('Read column Colour as') as HTMLSelectElement;
    expect(mapping.value).toBe('ignore');
    mapping.value = 'notes';
    await fireEvent.change(mapping);
    expect(calls[1]?.mapping).toEqual(['jurisdiction', 'number', 'notes']);
    const confirm = screen.getByTestId('csv-confirm');
    expect(confirm.textContent).toContain('Import 1 good row(s), skip 1 with errors');
    await fireEvent.click(confirm);
    expect((await screen.findByText('Imported 1 credential(s).')).textContent).toBeTruthy();
    expect(calls[2]?.credentials).toEqual([good]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import CmePage from './CmePage.svelte';
import { answerCommands, failWith, resetCommands } from '../lib/ipc/testing';
import type { CmeActivity, CmeCsvOptions, CmeCsvPreview } from '../lib/ipc';
import { activity, license, overview } from '../test/cme';

/** The i-th of a list the test expects to be there. */
function nth<T>(list: T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new Error(`no item ${i} among ${list.length}`);
  return item;
}

afterEach(resetCommands);

describe('CmePage', () => {
  it('shows each license with a bar per requirement, what is missing by when, and the source', async () => {
    const verify = license({
      credential_id: 'c2', jurisdiction: 'UT', title: 'State license · UT', status: 'verify', total: null, category1: null, topics: [], activity_ids: [], shortfall: '',
      note: 'The CME rule of UT is not established: verify with the board.',
      citation: { fact: 'CME rule of UT', sources: ['https://dopl.utah.gov/physician/'], as_of: '2026-12-07', confidence: 'unknown' },
    });
    answerCommands({ cme_overview: () => overview({ report: { licenses: [license(), verify], mate_act: [{ credential_id: 'd1', jurisdiction: 'TX', status: 'missing', required: 8, done: 0, activity_ids: [], due: '2027-06-30', citation: null }] } }) });
    render(CmePage);
    const cards = await screen.findAllByTestId('cme-license');
    expect(cards.map((c) => c.getAttribute('data-status'))).toEqual(['missing', 'verify']);
    const tx = within(nth(cards, 0));
    expect(tx.getAllByTestId('cme-bar').map((b) => [b.getAttribute('data-requirement'), b.getAttribute('data-status')])).toEqual([
      ['total', 'missing'], ['category1', 'missing'], ['topic-0', 'missing'],
    ]);
    expect(tx.getByTestId('cme-summary').textContent).toBe('46 hours, 22 Category 1 hours and 2 hours of ethics still needed by 2027-02-28.');
    expect((tx.getByRole('progressbar', { name: /^Total hours/ }) as HTMLProgressElement).value).toBe(4);
    const ut = within(nth(cards, 1));
    expect(ut.getByTestId('cme-summary').textContent).toContain('Verify with the board');
    expect(ut.getByTestId('cme-note-text').textContent).toContain('not established');
    expect(ut.getByTestId('cme-source').textContent).toContain('https://dopl.utah.gov/physician/');
    expect(screen.getByTestId('cme-mate').textContent).toContain('0 hours of 8 hours, attested at the renewal on 2027-06-30');
  });

  it('lists every activity with the licenses it counts for', async () => {
    answerCommands({
      cme_overview: () => overview({
        activities: [
          { activity: activity({ topics: ['pain_management', 'ethics'] }), counts_for: ['State license · TX', 'State license · CA'] },
          { activity: activity({ id: 'a2', title: 'Old course', completed: '2019-01-01', category: 'other', topics: [] }), counts_for: [] },
        ],
      }),
    });
    render(CmePage);
    const rows = await screen.findAllByTestId('cme-row');
    expect(rows.map((r) => r.getAttribute('data-activity-id'))).toEqual(['a1', 'a2']);
    expect(nth(rows, 0).textContent).toContain('AMA PRA Category 1');
    expect(nth(rows, 0).textContent).toContain('pain management, ethics and professional responsibility');
    expect(within(nth(rows, 0)).getByTestId('cme-counts-for').textContent).toBe('State license · TX; State license · CA');
    expect(within(nth(rows, 1)).getByTestId('cme-counts-for').textContent).toBe('No license’s current window');
    expect(nth(rows, 1).textContent).toContain('Other');
  });

  it('logs an activity and shows the progress read again', async () => {
    let views = 0;
    answerCommands({
      cme_overview: () => {
        views += 1;
        return views === 1 ? overview() : overview({ report: { licenses: [license({ status: 'met', shortfall: '' })], mate_act: [] } });
      },
      save_cme_activity: (args) => ({ ...(args['activity'] as CmeActivity), id: 'a5' }),
    });
    render(CmePage);
    await fireEvent.click(await screen.findByTestId('cme-add'));
    const typed: [string, string][] = [['cme-title', 'Ethics'], ['cme-completed', '2026-11-01'], ['cme-hours', '46']];
    for (const [id, value] of typed) {
      const el = document.getElementById(id) as HTMLInputElement;
      el.value = value;
      await fireEvent.input(el);
    }
    await fireEvent.click(screen.getByTestId('cme-save'));
    expect((await screen.findByTestId('cme-notice')).textContent).toBe('Saved: Ethics (46 hours)');
    await waitFor(() => expect(screen.getByTestId('cme-license').getAttribute('data-status')).toBe('met'));
    expect(views).toBe(2);
  });

  it('deletes an activity and undoes the delete with the same record', async () => {
    const restored: unknown[] = [];
    answerCommands({
      cme_overview: () => overview(),
      delete_cme_activity: (args) => activity({ id: args['id'] as string }),
      restore_cme_activity: (args) => {
        restored.push(args['activity']);
        return args['activity'];
      },
    });
    render(CmePage);
    await fireEvent.click(await screen.findByTestId('cme-delete'));
    expect((await screen.findByTestId('cme-undo-toast')).textContent).toContain('Safe opioid prescribing');
    await fireEvent.click(screen.getByTestId('cme-undo'));
    expect((await screen.findByTestId('cme-notice')).textContent).toBe('Restored: Safe opioid prescribing');
    expect(restored).toEqual([activity()]);
  });

  it('imports a transcript through the mapping preview: only the good rows, on confirmation', async () => {
    const good = activity({ id: '', title: 'Grand rounds' });
    const preview = (options: CmeCsvOptions): CmeCsvPreview => ({
      encoding: 'utf8', detected_encoding: 'utf8', byte_order_mark: false, delimiter: 'comma', detected_delimiter: 'comma', warning: null,
      headers: ['Course', 'When', 'Credits'],
      mapping: options.mapping ?? ['title', 'completed', 'ignore'],
      rows: [
        { line: 2, values: { title: 'Grand rounds', provider: '', completed: '2026-03-15', hours: '2', category: 'Other', topics: '', note: '' }, activity: good, issues: [] },
        { line: 3, values: { title: 'Bad', provider: '', completed: '31/01/2026', hours: '1', category: 'Other', topics: '', note: '' }, activity: null, issues: [{ severity: 'error', code: 'date_unreadable', field: 'completed', message: '"31/01/2026" is not a date' }] },
      ],
      problem: null,
    });
    const sent: { options?: CmeCsvOptions; activities?: unknown }[] = [];
    answerCommands({
      cme_overview: () => overview(),
      preview_cme_csv: (_body, headers) => {
        const options = JSON.parse(decodeURIComponent(headers['x-csv-options'] ?? '')) as CmeCsvOptions;
        sent.push({ options });
        return preview(options);
      },
      import_cme_csv: (args) => {
        sent.push({ activities: args['activities'] });
        return [{ ...good, id: 'a7' }];
      },
    });
    render(CmePage);
    await fireEvent.click(await screen.findByTestId('cme-import'));
    const input = screen.getByTestId('cme-csv-file') as HTMLInputElement;
    const file = new File(['Course,When,Credits\nGrand rounds,2026-03-15,2\n'], 'transcript.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file] });
    await fireEvent.change(input);
    const rows = await screen.findAllByTestId('csv-row');
    expect(rows.map((r) => r.getAttribute('data-ok'))).toEqual(['true', 'false']);
    expect(nth(rows, 1).textContent).toContain('is not a date');
    const maps = screen.getAllByTestId('csv-map') as HTMLSelectElement[];
    nth(maps, 2).value = 'hours';
    await fireEvent.change(nth(maps, 2));
    expect(nth(sent, 1).options?.mapping).toEqual(['title', 'completed', 'hours']);
    await fireEvent.click(await screen.findByTestId('csv-confirm'));
    expect((await screen.findByTestId('cme-notice')).textContent).toBe('Imported 1 activity.');
    expect(nth(sent, 2).activities).toEqual([good]);
  });

  it('shows why the page cannot be read', async () => {
    answerCommands({ cme_overview: failWith({ code: 'damaged', message: 'the database cannot be read' }) });
    render(CmePage);
    expect((await screen.findByRole('alert')).textContent).toContain('the database cannot be read');
  });
});

describe('CmePage: the certificate', () => {
  it('shows the certificate of the activity being edited', async () => {
    answerCommands({
      cme_overview: () => overview(),
      list_attachments: (args) =>
        args['owner'] === 'cme_activity' && args['credentialId'] === 'a1'
          ? [{ id: 'd1', owner: 'cme_activity', owner_id: 'a1', name: 'certificate.pdf', media_type: 'application/pdf', size: 1000, sha256: '', added: '2026-03-16' }]
          : [],
    });
    render(CmePage);
    await fireEvent.click(await screen.findByTestId('cme-edit'));
    expect((await screen.findByTestId('document-row')).textContent).toContain('certificate.pdf');
    expect(screen.getByText('Certificate · Safe opioid prescribing')).toBeTruthy();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import ReferencePage from './ReferencePage.svelte';
import { answerCommands, failWith, resetCommands } from '../lib/ipc/testing';
import type { CheckedAnswer, DataStatus, JurisdictionReference } from '../lib/ipc';
import { BOARD, facts, index, route } from '../test/fixtures';

afterEach(resetCommands);

const BUNDLED_STATUS: DataStatus = { source: 'bundled', version: 1, as_of: '2026-12-07', key_id: null, problem: null };
const INSTALLED_STATUS: DataStatus = {
  source: 'installed',
  version: 2,
  as_of: '2026-12-20',
  key_id: 'ed25519:0123456789abcdef',
  problem: null,
};
const noAnswers = { answers: [], settles: [] };

function referenceOf(args: Record<string, unknown>): JurisdictionReference {
  const j = args.jurisdiction as JurisdictionReference['jurisdiction'];
  const names: Record<string, string> = { AK: 'Alaska', FL: 'Florida', TX: 'Texas' };
  return { jurisdiction: j, name: names[j] ?? j, facts: facts({ jurisdiction: j }) };
}

describe('ReferencePage', () => {
  it('lists every jurisdiction in a labelled select and every fact of the chosen one', async () => {
    const asked: unknown[] = [];
    answerCommands({
      data_status: () => BUNDLED_STATUS,
      checked_answers: () => noAnswers,
      reference_index: () => index(),
      reference: (args) => {
        asked.push(args.jurisdiction);
        return referenceOf(args);
      },
    });
    render(ReferencePage);
    const select = (await screen.findByLabelText('Jurisdiction')) as HTMLSelectElement;
    expect(select.dataset.testid).toBe('reference-select');
    expect(select.options).toHaveLength(3);
    expect(await screen.findByRole('heading', { name: 'Alaska' })).toBeTruthy();
    // 7 compacts, whether routes exist, prescribing law, CSR, malpractice, renewal, full license
    expect(await screen.findAllByTestId('fact-row')).toHaveLength(13);

    select.value = 'TX';
    await fireEvent.change(select);
    expect(await screen.findByRole('heading', { name: 'Texas' })).toBeTruthy();
    expect(asked).toEqual(['AK', 'TX']);
    expect(screen.queryByTestId('stale-banner')).toBeNull();
  });

  it('marks unknown and conflicting facts "verify" and shows sources as text', async () => {
    answerCommands({
      data_status: () => BUNDLED_STATUS, checked_answers: () => noAnswers, reference_index: () => index(), reference: referenceOf });
    render(ReferencePage);
    const rows = await screen.findAllByTestId('fact-row');
    const byKey = (key: string) => rows.find((r) => r.dataset.fact === key);
    const cases: { name: string; key: string; verify: boolean; text: string }[] = [
      { name: 'member compact', key: 'compact:imlc', verify: false, text: 'Member, issuing now (enacted 2017-05-01)' },
      { name: 'unknown compact', key: 'compact:counseling', verify: true, text: 'Unknown' },
      { name: 'conflicting compact', key: 'compact:aprn_compact', verify: true, text: 'Sources conflict' },
      { name: 'no telehealth route', key: 'routes', verify: false, text: 'None: a full license or a compact privilege is required' },
      { name: 'prescribing law unknown', key: 'prescribing', verify: true, text: 'Unknown' },
      { name: 'CSR not required', key: 'csr', verify: false, text: 'No state controlled-substance registration required' },
      { name: 'renewal', key: 'renewal', verify: false, text: 'Every 2 years; expires at the end of the birth month' },
      { name: 'unknown full license', key: 'full_license', verify: true, text: 'Unknown' },
    ];
    for (const c of cases) {
      const row = byKey(c.key);
      expect(row, c.name).toBeTruthy();
      expect(row?.textContent, c.name).toContain(c.text);
      expect(row?.querySelector('.badge-verify') !== null, c.name).toBe(c.verify);
    }
    expect(byKey('compact:imlc')?.textContent).toContain(BOARD);
    expect(document.querySelector(`a[href="${BOARD}"]`)).toBeNull();
  });

  it('offers "I checked this" on the facts a clinician can answer, and marks them answered once saved', async () => {
    const stored: CheckedAnswer[] = [];
    answerCommands({
      data_status: () => BUNDLED_STATUS,
      checked_answers: () => ({
        answers: stored.map((answer) => ({
          answer,
          question: 'standing of AK in the Counseling Compact',
          notice: { answer_id: answer.id, jurisdiction: 'AK', fact: answer.answer.fact, status: { status: 'in_use' }, age_days: 0, stale: false, message: '' },
        })),
        settles: [],
      }),
      reference_index: () => index(),
      reference: referenceOf,
      save_checked_answer: (args) => {
        const answer = { ...(args.answer as CheckedAnswer), id: 'a1' };
        stored.push(answer);
        return answer;
      },
    });
    render(ReferencePage);
    await screen.findAllByTestId('fact-row');
    const offered = [...document.querySelectorAll('tr.fact-answer')].map((r) => (r as HTMLElement).dataset.fact);
    // Unknown or conflicting, and answerable: not the renewal, not what is established.
    expect(offered).toEqual(['compact:counseling', 'compact:aprn_compact', 'prescribing', 'full_license']);
    const row = document.querySelector('tr.fact-answer[data-fact="compact:counseling"]') as HTMLElement;
    await fireEvent.click(within(row).getByTestId('i-checked-this'));
    expect(within(row).getByRole('heading').textContent).toBe('I checked this: Standing in a compact: Counseling Compact in AK');
    const status = within(row).getByTestId('answer-status') as HTMLSelectElement;
    status.value = 'not_member';
    await fireEvent.change(status);
    const person = within(row).getByTestId('answer-person') as HTMLInputElement;
    person.value = 'Lee Park';
    await fireEvent.input(person);
    await fireEvent.click(within(row).getByTestId('answer-save'));
    expect(await screen.findByTestId('fact-answered')).toBeTruthy();
    expect(stored[0]).toMatchObject({ jurisdiction: 'AK', answer: { fact: 'compact_membership', value: { compact: 'counseling', status: 'not_member' } } });
    expect((await screen.findAllByTestId('checked-answer')).length).toBe(1);
  });

  it('shows each telehealth route with its limits', async () => {
    answerCommands({
      data_status: () => BUNDLED_STATUS,
      checked_answers: () => noAnswers,
      reference_index: () => index(),
      reference: (args) => ({
        ...referenceOf(args),
        facts: facts({
          telehealth_routes: [
            {
              value: {
                id: 'fl_telehealth_registration',
                name: 'Florida telehealth provider registration',
                kind: 'registration',
                scope: 'any_patient',
                professions: ['md', 'do'],
                modalities: [],
                controlled_substances_allowed: false,
                excluded_schedules: [],
                no_office: true,
                no_in_person: true,
                requires_malpractice_cover: true,
                fee_usd: 0,
                renewal_years: 2,
                typical_days: 30,
                closed_on: null,
                limits: 'Must designate a registered agent.',
              },
              sources: [BOARD],
              as_of: '2026-11-01',
              confidence: 'verified',
              note: '',
            },
          ],
        }),
      }),
    });
    render(ReferencePage);
    const rows = await screen.findAllByTestId('fact-row');
    const row = rows.find((r) => r.dataset.fact === 'route:fl_telehealth_registration');
    for (const text of ['Registration to apply for', 'controlled substances: not allowed', 'no office in the state', 'Must designate a registered agent.']) {
      expect(row?.textContent).toContain(text);
    }
    expect(rows.find((r) => r.dataset.fact === 'route:none')).toBeUndefined();
  });

  it('shows how complete the data is per topic, and where it is not', async () => {
    answerCommands({
      data_status: () => BUNDLED_STATUS, checked_answers: () => noAnswers, reference_index: () => index(), reference: referenceOf });
    render(ReferencePage);
    const rows = await screen.findAllByTestId('coverage-row');
    expect(rows.map((r) => r.dataset.topic)).toEqual(['malpractice', 'full_license']);
    expect(rows[0]?.textContent).toContain('51 of 51');
    expect(rows[1]?.textContent).toContain('36 of 51');
    expect(rows[1]?.textContent).toContain('AK, FL');
    expect(screen.getByTestId('coverage').querySelector('summary')?.textContent).toContain('1 of 2 topics complete');
    expect(screen.getByLabelText('Full license: fee and typical time: 36 of 51 established')).toBeTruthy();
  });

  it('warns when the dataset is older than the threshold', async () => {
    answerCommands({
      data_status: () => BUNDLED_STATUS, checked_answers: () => noAnswers, reference_index: () => index({ as_of: '2026-01-01', age_days: 329, stale: true }), reference: referenceOf });
    render(ReferencePage);
    const banner = await screen.findByTestId('stale-banner');
    expect(banner.textContent).toContain('329 days ago');
    expect(banner.textContent).toContain('verify');
  });

  it('shows the routes to the chosen state, fastest first', async () => {
    answerCommands({
      data_status: () => BUNDLED_STATUS,
      checked_answers: () => noAnswers,
      reference_index: () => index(),
      reference: referenceOf,
      path: (args) => ({
        jurisdiction: args.jurisdiction,
        routes: [route(), route({ kind: 'full_license', name: 'Full license', outcome: 'verify', typical_days: null, fee_usd: null })],
      }),
    });
    render(ReferencePage);
    await fireEvent.click(await screen.findByRole('button', { name: 'Show my routes to Alaska' }));
    const routes = await screen.findAllByTestId('route');
    expect(routes.map((r) => r.dataset.routeKind)).toEqual(['telehealth_registration', 'full_license']);
    expect(routes[1]?.textContent).toContain('verify');
    expect(routes[1]?.textContent).toContain('fee unknown');
  });

  it('explains a path that needs a profile first', async () => {
    answerCommands({
      data_status: () => BUNDLED_STATUS,
      checked_answers: () => noAnswers,
      reference_index: () => index(),
      reference: referenceOf,
      path: failWith({ code: 'not_found', message: 'No profile is recorded yet' }),
    });
    render(ReferencePage);
    await fireEvent.click(await screen.findByTestId('path-button'));
    const alert = await screen.findByRole('alert');
    expect(alert.dataset.errorCode).toBe('not_found');
    expect(screen.getAllByTestId('fact-row').length).toBeGreaterThan(0);
  });

  it('reports a dataset that cannot be read', async () => {
    answerCommands({
      data_status: () => BUNDLED_STATUS, reference_index: failWith({ code: 'reference_data', message: 'reference data data/jurisdictions.json: bad' }) });
    render(ReferencePage);
    const alert = await screen.findByRole('alert');
    expect(alert.dataset.errorCode).toBe('reference_data');
    expect(within(alert).getByText(/jurisdictions.json/)).toBeTruthy();
    expect(screen.queryByTestId('reference-select')).toBeNull();
  });

  it('shows the data in use, installs a picked pack, shows a refusal, and goes back', async () => {
    let status = BUNDLED_STATUS;
    let indexReads = 0;
    let refuse = true;
    answerCommands({
      data_status: () => status,
      reference_index: () => {
        indexReads += 1;
        return index();
      },
      reference: referenceOf,
      install_data_pack: () => {
        if (refuse) throw { code: 'pack_signature', message: "the pack's signature is not valid; it was not installed" };
        status = INSTALLED_STATUS;
        return status;
      },
      revert_data_pack: () => {
        status = BUNDLED_STATUS;
        return status;
      },
    });
    render(ReferencePage);
    const shown = await screen.findByTestId('data-status');
    expect(shown.textContent).toContain('bundled with this version of Licensure: version 1, as of 2026-12-07');
    expect(screen.queryByTestId('data-pack-revert')).toBeNull();
    const input = (await screen.findByLabelText('Install a reference-data update…')) as HTMLInputElement;
    const pick = async () => {
      Object.defineProperty(input, 'files', { value: [new File(['{}'], 'update.pack')], configurable: true });
      await fireEvent.change(input);
    };

    await pick();
    expect((await screen.findByTestId('data-pack-error')).textContent).toContain('signature is not valid');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('data-status').dataset.source).toBe('bundled');

    refuse = false;
    await pick();
    expect((await screen.findByTestId('data-pack-done')).textContent).toContain('version 2, as of 2026-12-20');
    expect(screen.getByTestId('data-status').textContent).toContain('signed by key ed25519:0123456789abcdef');
    expect(screen.queryByTestId('data-pack-error')).toBeNull();
    await screen.findByRole('heading', { name: 'Alaska' });
    expect(indexReads).toBe(2);

    await fireEvent.click(screen.getByTestId('data-pack-revert'));
    expect((await screen.findByTestId('data-pack-done')).textContent).toContain('Back to the bundled reference data');
    expect(screen.getByTestId('data-status').dataset.source).toBe('bundled');
    expect(screen.queryByTestId('data-pack-revert')).toBeNull();
  });
});

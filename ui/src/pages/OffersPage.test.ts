import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import OffersPage from './OffersPage.svelte';
import { answerCommands, failWith, resetCommands } from '../lib/ipc/testing';
import { fullOffer, listed, offerCommands, outlineOf, reason, route, verdict, type FullOffer } from '../test/fixtures';
import type { JudgedOffer, Offer } from '../lib/ipc';

afterEach(resetCommands);

const afterSteps = verdict('o1', 'acceptable_after_steps', {
  total_known_fees_usd: 700,
  steps_with_unknown_fee: 1,
  max_estimated_days: 45,
  states: [
    {
      jurisdiction: 'TX',
      outcome: 'met',
      reasons: [reason('license_active', 'met', 'Your Texas license covers the whole period.')],
      steps: [],
      requirements: [{ requirement: 'authority', outcome: 'met', first: 0, count: 1 }],
      renewals: [
        { jurisdiction: 'TX', credential_id: 'c1', what: 'the Texas license', due: '2027-02-28', opens: '2026-11-30', fee_usd: 491 },
        { jurisdiction: 'TX', credential_id: 'p1', what: 'the Prudent Mutual policy', due: '2027-07-01', opens: null, fee_usd: null },
      ],
      fastest_path: null,
    },
    {
      jurisdiction: 'FL',
      outcome: 'missing',
      reasons: [reason('no_authority', 'missing', 'You hold no authority to practise in Florida.')],
      requirements: [{ requirement: 'authority', outcome: 'missing', first: 0, count: 1 }],
      steps: [
        { jurisdiction: 'FL', resolves: 'no_authority', description: 'Register as an out-of-state telehealth provider', details: ['Apply online'], estimated_days: 30, fee_usd: null, fee_reimbursed: false },
      ],
      renewals: [{ jurisdiction: 'FL', credential_id: 'p1', what: 'the Prudent Mutual policy', due: '2027-07-01', opens: null, fee_usd: null }],
      fastest_path: route(),
    },
  ],
});

const list: FullOffer[] = [
  fullOffer('o1', '2027-02-01', '$180/h', afterSteps),
  fullOffer('o2', '2027-01-01', '$260k/yr', verdict('o2', 'verify', { states: [{ jurisdiction: 'CA', outcome: 'verify', reasons: [reason('csr_unknown', 'verify', 'Whether California requires a CSR is not known.')], steps: [], renewals: [], requirements: [{ requirement: 'controlled_substances', outcome: 'verify', first: 0, count: 1 }], fastest_path: null }] })),
  fullOffer('o3', '2027-03-01', 'negotiable', verdict('o3', 'not_acceptable')),
  fullOffer('o4', '2026-12-15', '$150,000 a year', verdict('o4', 'acceptable_now')),
];

const ids = () => screen.getAllByTestId('offer-row').map((r) => r.dataset.offerId);

describe('OffersPage', () => {
  it('lists offers by start date with their verdict badges', async () => {
    answerCommands(offerCommands(() => list));
    render(OffersPage);
    await screen.findAllByTestId('offer-row');
    expect(ids()).toEqual(['o4', 'o2', 'o1', 'o3']);
    const badges = screen.getAllByTestId('offer-verdict').map((b) => b.textContent);
    expect(badges).toEqual(['Acceptable now', 'Verify before accepting', 'Acceptable after steps', 'Not acceptable']);
  });

  it('filters by verdict and sorts by pay', async () => {
    answerCommands(offerCommands(() => list));
    render(OffersPage);
    await screen.findAllByTestId('offer-row');
    const sort = screen.getByLabelText('Sort by') as HTMLSelectElement;
    sort.value = 'pay';
    await fireEvent.change(sort);
    // $180/h ≈ $374,400 a year > $260k > $150,000; unreadable pay last
    expect(ids()).toEqual(['o1', 'o2', 'o4', 'o3']);
    const filter = screen.getByLabelText('Show') as HTMLSelectElement;
    const cases: { name: string; value: string; expected: string[] }[] = [
      { name: 'verify only', value: 'verify', expected: ['o2'] },
      { name: 'after steps only', value: 'acceptable_after_steps', expected: ['o1'] },
      { name: 'all again', value: 'all', expected: ['o1', 'o2', 'o4', 'o3'] },
    ];
    for (const c of cases) {
      filter.value = c.value;
      await fireEvent.change(filter);
      expect(ids(), c.name).toEqual(c.expected);
    }
  });

  it('opens an offer as a grid, worst state first, with steps against the start, renewals and paths', async () => {
    answerCommands(offerCommands(() => list));
    render(OffersPage);
    await screen.findAllByTestId('offer-row');
    await fireEvent.click(screen.getByRole('button', { name: 'Details of Employer o1 · Psychiatrist' }));
    const rows = await screen.findAllByTestId('state-verdict-row');
    // Worst first: Florida's missing authority before Texas.
    expect(rows.map((r) => [r.dataset.jurisdiction, r.dataset.outcome])).toEqual([
      ['FL', 'missing'],
      ['TX', 'met'],
    ]);
    const cell = within(rows[0]!).getByTestId('grid-cell');
    expect([cell.dataset.requirement, cell.dataset.outcome]).toEqual(['authority', 'missing']);
    expect(cell.getAttribute('aria-label')).toBe('FL, Authority to practise: steps needed');
    expect(screen.queryByTestId('grid-reasons')).toBeNull();
    await fireEvent.click(cell);
    expect(screen.getByTestId('grid-reasons').textContent).toContain('You hold no authority to practise in Florida.');
    expect(cell.getAttribute('aria-expanded')).toBe('true');
    // Steps before the start, against the days left: 30 days of wait, 67 days to the start.
    const steps = screen.getByTestId('offer-steps').textContent ?? '';
    for (const text of ['Register as an out-of-state telehealth provider', 'about 30 days', 'fee unknown', 'Apply online', 'in 67 days']) {
      expect(steps).toContain(text);
    }
    expect(screen.queryByTestId('offer-late')).toBeNull();
    expect(screen.getByTestId('offer-timing').textContent?.replace(/\s+/g, ' ')).toContain('Known fees $700, plus 1 step(s) with unknown fee');
    expect(screen.getByTestId('offer-path').textContent).toContain('Florida telehealth registration');
    // Renewals during the offer stand apart from the steps, once each, soonest first.
    const renewals = screen.getAllByTestId('offer-renewal').map((r) => r.textContent?.replace(/\s+/g, ' ').trim());
    expect(renewals).toEqual([
      'Renew the Texas license by 2027-02-28 (renewal opens 2026-11-30) · $491',
      'Renew the Prudent Mutual policy by 2027-07-01 · fee unknown',
    ]);
    await fireEvent.click(screen.getByRole('button', { name: 'Back to all offers' }));
    expect(screen.getAllByTestId('offer-row')).toHaveLength(4);
  });

  it('loads an offer in full only when it is opened, and says so when it is gone', async () => {
    const asked: unknown[] = [];
    answerCommands({
      ...offerCommands(() => list),
      offer_detail: (args) => {
        asked.push(args['id']);
        throw { code: 'not_found', message: 'No offer with id "o1" is recorded.' };
      },
    });
    render(OffersPage);
    await screen.findAllByTestId('offer-row');
    expect(asked).toEqual([]);
    await fireEvent.click(screen.getByRole('button', { name: 'Details of Employer o1 · Psychiatrist' }));
    const alert = await screen.findByRole('alert');
    expect(asked).toEqual(['o1']);
    expect(alert.textContent).toContain('No offer with id "o1" is recorded.');
    expect(screen.queryByTestId('offer-enter-profile')).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Back to all offers' }));
    expect(screen.getAllByTestId('offer-row')).toHaveLength(4);
  });

  it('warns when the longest wait ends after the offer starts', async () => {
    const late = { ...list[0]!, verdict: { ...afterSteps, max_estimated_days: 90 } };
    answerCommands(offerCommands(() => [late]));
    render(OffersPage);
    await screen.findAllByTestId('offer-row');
    await fireEvent.click(screen.getByRole('button', { name: 'Details of Employer o1 · Psychiatrist' }));
    expect((await screen.findByTestId('offer-late')).textContent).toContain('about 23 days after the offer starts');
  });

  it('shows "verify" for a state whose reference data is unknown', async () => {
    answerCommands(offerCommands(() => list));
    render(OffersPage);
    await screen.findAllByTestId('offer-row');
    await fireEvent.click(screen.getByRole('button', { name: 'Details of Employer o2 · Psychiatrist' }));
    const [ca] = await screen.findAllByTestId('state-verdict-row');
    expect(ca?.dataset.outcome).toBe('verify');
    const cell = within(ca!).getByTestId('grid-cell');
    expect(cell.dataset.outcome).toBe('verify');
    await fireEvent.click(cell);
    expect(screen.getByTestId('grid-reasons').textContent).toContain('Whether California requires a CSR is not known.');
  });

  it('without a profile, says so, leads to the Profile page and still lets an offer be recorded', async () => {
    const saved: unknown[] = [];
    answerCommands({
      offers: failWith({ code: 'not_found', message: 'No profile is recorded yet. Enter your profile on the Profile page first.' }),
      save_offer: (args) => (saved.push(args['offer']), { ...(args['offer'] as Offer), id: 'o9' }),
    });
    let asked = 0;
    render(OffersPage, { onprofile: () => (asked += 1) });
    const alert = await screen.findByRole('alert');
    expect(alert.dataset.errorCode).toBe('not_found');
    expect(alert.textContent).not.toContain('licensure import');
    await fireEvent.click(screen.getByTestId('offer-enter-profile'));
    expect(asked).toBe(1);
    await fireEvent.click(screen.getByTestId('offer-add'));
    expect(screen.getByTestId('offer-form')).toBeTruthy();
  });

  it('reloads the verdicts at once after a save, a delete and its undo', async () => {
    let stored: JudgedOffer[] = [listed(list[0]!)];
    const offersCmd = vi.fn(() => ({ today: '2026-11-26', offers: stored }));
    answerCommands({
      offers: offersCmd,
      save_offer: (args) => {
        const o = { ...(args['offer'] as Offer) };
        if (o.id === '') o.id = 'o9';
        stored = [...stored.filter((j) => j.offer.id !== o.id), { offer: o, verdict: outlineOf(verdict(o.id, 'acceptable_after_steps')) }];
        return o;
      },
      delete_offer: (args) => {
        const gone = stored.find((j) => j.offer.id === args['id']);
        stored = stored.filter((j) => j.offer.id !== args['id']);
        return gone?.offer;
      },
    });
    render(OffersPage);
    await screen.findAllByTestId('offer-row');
    const steps: { name: string; act: () => Promise<void>; expected: string[] }[] = [
      {
        name: 'add',
        act: async () => {
          await fireEvent.click(screen.getByRole('button', { name: 'Add an offer' }));
          const employer = screen.getByLabelText(/^Employer/) as HTMLInputElement;
          await fireEvent.input(employer, { target: { value: 'Mesa Health' } });
          await fireEvent.click(screen.getByLabelText('New Mexico (NM)'));
          await fireEvent.input(screen.getByLabelText(/^Start/), { target: { value: '2027-01-04' } });
          await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
          await screen.findByTestId('offer-notice');
        },
        expected: ['o9', 'o1'],
      },
      {
        name: 'delete',
        act: async () => {
          await fireEvent.click(screen.getByRole('button', { name: 'Delete Mesa Health' }));
          await screen.findByTestId('offer-undo-toast');
        },
        expected: ['o1'],
      },
      {
        name: 'undo',
        act: async () => {
          await fireEvent.click(screen.getByTestId('offer-undo'));
          expect((await screen.findByTestId('offer-notice')).textContent).toBe('Restored: Mesa Health');
        },
        expected: ['o9', 'o1'],
      },
    ];
    for (const step of steps) {
      const before = offersCmd.mock.calls.length;
      await step.act();
      await vi.waitFor(() => expect(ids(), step.name).toEqual(step.expected));
      expect(offersCmd.mock.calls.length, `${step.name} reloads the verdicts`).toBe(before + 1);
    }
    const badge = screen.getAllByTestId('offer-verdict').find((b) => b.closest('tr')?.dataset.offerId === 'o9');
    expect(badge?.dataset.outcome).toBe('acceptable_after_steps');
  });

  it('compares two to four chosen offers side by side', async () => {
    answerCommands(offerCommands(() => [...list, fullOffer('o5', '2027-04-01', '$1', verdict('o5', 'verify'))]));
    render(OffersPage);
    await screen.findAllByTestId('offer-row');
    const compare = screen.getByTestId('offer-compare-open') as HTMLButtonElement;
    const box = (id: string) => screen.getByRole('checkbox', { name: `Compare Employer ${id} · Psychiatrist` }) as HTMLInputElement;
    const cases: { name: string; tick: string; enabled: boolean; fifthDisabled: boolean }[] = [
      { name: 'one chosen', tick: 'o1', enabled: false, fifthDisabled: false },
      { name: 'two chosen', tick: 'o3', enabled: true, fifthDisabled: false },
      { name: 'three chosen', tick: 'o2', enabled: true, fifthDisabled: false },
      { name: 'four chosen: no fifth', tick: 'o4', enabled: true, fifthDisabled: true },
    ];
    for (const c of cases) {
      await fireEvent.click(box(c.tick));
      expect(compare.disabled, c.name).toBe(!c.enabled);
      expect(box('o5').disabled, c.name).toBe(c.fifthDisabled);
    }
    await fireEvent.click(compare);
    const columns = await screen.findAllByTestId('compare-offer');
    expect(columns.map((c) => c.dataset.offerId)).toEqual(['o1', 'o3', 'o2', 'o4']);
    const fees = screen.getAllByTestId('compare-row').find((r) => r.dataset.row === 'fees');
    expect(fees?.textContent).toContain('$700 known, plus 1 step with unknown fee; paid by you');
    await fireEvent.click(screen.getByRole('button', { name: 'Back to all offers' }));
    expect(box('o1').checked).toBe(true);
  });
});

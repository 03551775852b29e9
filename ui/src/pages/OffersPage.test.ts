import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import OffersPage from './OffersPage.svelte';
import { answerCommands, failWith, resetCommands } from '../lib/ipc/testing';
import { judged, reason, route, verdict } from '../test/fixtures';

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
      fastest_path: null,
    },
    {
      jurisdiction: 'FL',
      outcome: 'missing',
      reasons: [reason('no_authority', 'missing', 'You hold no authority to practise in Florida.')],
      steps: [
        { jurisdiction: 'FL', resolves: 'no_authority', description: 'Register as an out-of-state telehealth provider', details: ['Apply online'], estimated_days: 30, fee_usd: null, fee_reimbursed: false },
      ],
      fastest_path: route(),
    },
  ],
});

const list = [
  judged('o1', '2027-02-01', '$180/h', afterSteps),
  judged('o2', '2027-01-01', '$260k/yr', verdict('o2', 'verify', { states: [{ jurisdiction: 'CA', outcome: 'verify', reasons: [reason('csr_unknown', 'verify', 'Whether California requires a CSR is not known.')], steps: [], fastest_path: null }] })),
  judged('o3', '2027-03-01', 'negotiable', verdict('o3', 'not_acceptable')),
  judged('o4', '2026-12-15', '$150,000 a year', verdict('o4', 'acceptable_now')),
];

const ids = () => screen.getAllByTestId('offer-row').map((r) => r.dataset.offerId);

describe('OffersPage', () => {
  it('lists offers by start date with their verdict badges', async () => {
    answerCommands({ offers: () => ({ today: '2026-11-26', offers: list }) });
    render(OffersPage);
    await screen.findAllByTestId('offer-row');
    expect(ids()).toEqual(['o4', 'o2', 'o1', 'o3']);
    const badges = screen.getAllByTestId('offer-verdict').map((b) => b.textContent);
    expect(badges).toEqual(['Acceptable now', 'Verify before accepting', 'Acceptable after steps', 'Not acceptable']);
  });

  it('filters by verdict and sorts by pay', async () => {
    answerCommands({ offers: () => ({ today: '2026-11-26', offers: list }) });
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

  it('opens an offer state by state with steps, days, fees and the fastest path', async () => {
    answerCommands({ offers: () => ({ today: '2026-11-26', offers: list }) });
    render(OffersPage);
    await screen.findAllByTestId('offer-row');
    await fireEvent.click(screen.getByRole('button', { name: 'Details of Employer o1 · Psychiatrist' }));
    const rows = await screen.findAllByTestId('state-verdict-row');
    expect(rows.map((r) => [r.dataset.jurisdiction, r.dataset.outcome])).toEqual([
      ['TX', 'met'],
      ['FL', 'missing'],
    ]);
    const fl = rows[1]?.textContent ?? '';
    for (const text of ['Register as an out-of-state telehealth provider', 'about 30 days', 'fee unknown', 'Florida telehealth registration', 'Apply online']) {
      expect(fl).toContain(text);
    }
    expect(screen.getByTestId('offer-detail').textContent).toContain('Known fees $700, plus 1 step(s) with unknown fee');
    await fireEvent.click(screen.getByRole('button', { name: 'Back to all offers' }));
    expect(screen.getAllByTestId('offer-row')).toHaveLength(4);
  });

  it('shows "verify" for a state whose reference data is unknown', async () => {
    answerCommands({ offers: () => ({ today: '2026-11-26', offers: list }) });
    render(OffersPage);
    await screen.findAllByTestId('offer-row');
    await fireEvent.click(screen.getByRole('button', { name: 'Details of Employer o2 · Psychiatrist' }));
    const [ca] = await screen.findAllByTestId('state-verdict-row');
    expect(ca?.dataset.outcome).toBe('verify');
    expect(ca?.querySelectorAll('.badge-verify').length).toBeGreaterThan(0);
    expect(ca?.textContent).toContain('Whether California requires a CSR is not known.');
  });

  it('asks for a profile first', async () => {
    answerCommands({ offers: failWith({ code: 'not_found', message: 'No profile is recorded yet' }) });
    render(OffersPage);
    const alert = await screen.findByRole('alert');
    expect(alert.dataset.errorCode).toBe('not_found');
    expect(alert.textContent).toContain('Nothing recorded yet');
  });
});

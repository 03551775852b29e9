import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import OfferComparison from './OfferComparison.svelte';
import { comparisonColumn } from '../lib/format/offer';
import { judged, verdict } from '../test/fixtures';
import type { JudgedOffer, StateVerdict } from '../lib/ipc';

const step = (jurisdiction: StateVerdict['jurisdiction']) => ({
  jurisdiction,
  resolves: 'no_authority_in_state',
  description: 'Apply for a license',
  details: [],
  estimated_days: 60,
  fee_usd: 400,
  fee_reimbursed: false,
});

const state = (jurisdiction: StateVerdict['jurisdiction'], steps: number): StateVerdict => ({
  jurisdiction,
  outcome: steps > 0 ? 'missing' : 'met',
  reasons: [],
  steps: Array.from({ length: steps }, () => step(jurisdiction)),
  fastest_path: null,
  renewals: [],
  requirements: [],
});

function withMalpractice(j: JudgedOffer, m: JudgedOffer['offer']['employer_malpractice']): JudgedOffer {
  return { ...j, offer: { ...j.offer, employer_malpractice: m } };
}

const ready = judged('o1', '2027-01-01', '$180/h', verdict('o1', 'acceptable_now', { states: [state('TX', 0), state('FL', 0)] }));
const steps = withMalpractice(
  judged('o2', '2027-01-01', '', verdict('o2', 'acceptable_after_steps', {
    states: [state('TX', 0), state('FL', 2)],
    states_needing_steps: ['FL'],
    total_known_fees_usd: 800,
    steps_with_unknown_fee: 1,
    fees_reimbursed: true,
    max_estimated_days: 120,
    steps_with_unknown_days: 1,
  })),
  { jurisdictions: ['TX'], telehealth_covered: 'unknown', tail: 'employer' },
);
const unknown = judged('o3', '2027-01-01', '$250k/yr', verdict('o3', 'verify', { states: [state('CA', 1)], states_needing_steps: ['CA'], max_estimated_days: null, steps_with_unknown_days: 1 }));

describe('comparisonColumn', () => {
  it('words only the verdict summary fields', () => {
    const cases = [
      {
        name: 'acceptable now, own policy',
        offer: ready,
        expected: { pay: '$180/h', patientStates: 'TX, FL', verdict: 'Acceptable now', steps: 'None', fees: '$0 known; paid by you', maxDays: 'unknown', malpractice: 'Your own policy', tail: 'As your own policy provides' },
      },
      {
        name: 'steps, unknown fee and duration, reimbursed, employer policy',
        offer: steps,
        expected: {
          pay: '—',
          verdict: 'Acceptable after steps',
          steps: '2 steps in FL',
          fees: '$800 known, plus 1 step with unknown fee; paid by the employer',
          maxDays: 'about 120 days, plus 1 step of unknown duration',
          malpractice: 'Employer (TX); telehealth covered: not known',
          tail: 'Tail provided by the employer',
        },
      },
      { name: 'verify, no known duration', offer: unknown, expected: { verdict: 'Verify before accepting', steps: '1 step in CA', maxDays: 'unknown, plus 1 step of unknown duration' } },
    ];
    for (const c of cases) expect(comparisonColumn(c.offer), c.name).toMatchObject(c.expected);
  });
});

describe('OfferComparison', () => {
  it('puts each offer in a column and each question in a row', () => {
    render(OfferComparison, { offers: [ready, steps, unknown], onclose: () => {} });
    expect(screen.getAllByTestId('compare-offer').map((h) => h.dataset.offerId)).toEqual(['o1', 'o2', 'o3']);
    const rows = screen.getAllByTestId('compare-row');
    expect(rows.map((r) => r.dataset.row)).toEqual(['pay', 'patientStates', 'verdict', 'steps', 'fees', 'maxDays', 'malpractice', 'tail']);
    const verdicts = [...(rows[2]?.querySelectorAll('[data-outcome]') ?? [])].map((b) => (b as HTMLElement).dataset.outcome);
    expect(verdicts).toEqual(['acceptable_now', 'acceptable_after_steps', 'verify']);
    expect(rows[4]?.textContent).toContain('paid by the employer');
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toContain('Known fees and who pays');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import App from './App.svelte';
import { answerCommands, failWith, resetCommands } from './lib/ipc/testing';
import type { Overview } from './lib/ipc';

const overview: Overview = {
  profile: {
    given_name: 'Maya',
    family_name: 'Rivera',
    profession: 'md',
    npi: '1234567893',
    residence: 'TX',
    employer_jurisdiction: null,
    tax_jurisdiction: null,
    practice_shares: [],
    education: { school: 'accredited', gme_completed: 'yes' },
    exam_attempts: [],
    history: { discipline: 'no', criminal: 'no', controlled_substance_action: 'no', open_investigation: 'no' },
  },
  credentials: [
    {
      id: 'c1',
      notes: '',
      detail: {
        kind: 'state_license',
        jurisdiction: 'TX',
        license_type: 'MD',
        number: 'Q1234',
        status: 'active',
        restriction_notes: '',
        issued: null,
        expires: '2027-02-28',
        route: 'direct',
      },
    },
  ],
  offers: [],
};

afterEach(resetCommands);

describe('App', () => {
  it('shows the clinician and their credentials from the store', async () => {
    answerCommands({ overview: () => overview });
    render(App);
    expect(await screen.findByTestId('clinician-name')).toHaveProperty('textContent', 'Maya Rivera');
    const rows = await screen.findAllByTestId('credential-row');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.textContent).toContain('State license');
    expect(rows[0]?.textContent).toContain('2027-02-28');
    expect(document.body.textContent).not.toContain('Q1234');
  });

  it('explains when another Licensure process holds the data', async () => {
    answerCommands({ overview: failWith({ code: 'in_use', message: 'the database is in use by another Licensure process' }) });
    render(App);
    const alert = await screen.findByRole('alert');
    expect(alert.dataset.errorCode).toBe('in_use');
    expect(alert.textContent).toContain('in use by another Licensure process');
  });
});

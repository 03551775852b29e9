import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import App from './App.svelte';
import { answerCommands, failWith, resetCommands } from './lib/ipc/testing';
import type { Overview } from './lib/ipc';
import { facts, index } from './test/fixtures';

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

// The dashboard loads the map's code (and its geometry), and each page its own code, once
// shown; loaded here first, so that no test ends with such an import still on its way (on a
// cold cache it can outlive the test and fail the run at teardown).
beforeAll(async () => {
  await Promise.all([
    import('./components/AuthorityMap.svelte'),
    import('./pages/ReferencePage.svelte'),
    import('./pages/ProfilePage.svelte'),
    import('./pages/CredentialsPage.svelte'),
    import('./pages/CsvImportPage.svelte'),
    import('./pages/DeadlinesPage.svelte'),
    import('./pages/OffersPage.svelte'),
    import('./pages/EligibilityPage.svelte'),
  ]);
}, 60_000);

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

  it('lists the first twelve credentials on the dashboard and says where the rest are', async () => {
    const first = overview.credentials[0]!;
    const many = Array.from({ length: 20 }, (_, i) => ({ ...first, id: `c${i}` }));
    answerCommands({ overview: () => ({ ...overview, credentials: many }) });
    render(App);
    expect(await screen.findAllByTestId('credential-row')).toHaveLength(12);
    expect(screen.getByTestId('credential-more').textContent).toContain('12 of 20');
  });

  it('explains when another Licensure process holds the data', async () => {
    answerCommands({ overview: failWith({ code: 'in_use', message: 'the database is in use by another Licensure process' }) });
    render(App);
    const alert = await screen.findByRole('alert');
    expect(alert.dataset.errorCode).toBe('in_use');
    expect(alert.textContent).toContain('in use by another Licensure process');
  });

  it('navigates between pages with the current one marked', async () => {
    answerCommands({
      overview: () => overview,
      reference_index: () => index(),
      reference: () => ({ jurisdiction: 'AK', name: 'Alaska', facts: facts({ jurisdiction: 'AK' }) }),
      deadlines: () => ({ today: '2026-11-26', items: [] }),
    });
    render(App);
    await screen.findByTestId('clinician-name');
    expect(document.querySelector('[data-loaded="true"]')).not.toBeNull();
    const pages = ['dashboard', 'deadlines', 'offers', 'eligibility', 'reference'];
    const current = () => pages.filter((p) => screen.getByTestId(`nav-${p}`).getAttribute('aria-current') === 'page');
    expect(current()).toEqual(['dashboard']);
    expect(screen.getByRole('navigation', { name: 'Pages' })).toBeTruthy();

    await fireEvent.click(screen.getByTestId('nav-reference'));
    expect(current()).toEqual(['reference']);
    expect(await screen.findByTestId('reference-select')).toBeTruthy();
    expect(screen.queryByTestId('clinician-name')).toBeNull();

    await fireEvent.click(screen.getByTestId('nav-deadlines'));
    expect(current()).toEqual(['deadlines']);
    expect(await screen.findByText('No deadline in the next twelve months.')).toBeTruthy();

    await fireEvent.click(screen.getByTestId('nav-dashboard'));
    expect(await screen.findAllByTestId('credential-row')).toHaveLength(1);
  });

  it('is current every time the dashboard is shown again', async () => {
    let current: Overview = { profile: null, credentials: [], offers: [] };
    let asked = 0;
    answerCommands({
      overview: () => {
        asked += 1;
        return current;
      },
      authority_map: () => [],
      deadlines: () => ({ today: '2026-11-26', items: [] }),
      reference_index: () => index(),
      reference: () => ({ jurisdiction: 'AK', name: 'Alaska', facts: facts() }),
      path: () => ({ jurisdiction: 'AK', routes: [] }),
    });
    render(App);
    expect(await screen.findByTestId('first-run')).toBeTruthy();
    // Records saved on another page (here: the store changes behind the dashboard).
    current = overview;
    await fireEvent.click(screen.getByTestId('nav-reference'));
    await fireEvent.click(screen.getByTestId('nav-dashboard'));
    expect(await screen.findByTestId('clinician-name')).toHaveProperty('textContent', 'Maya Rivera');
    expect(screen.queryByTestId('first-run')).toBeNull();
    expect(asked).toBe(2);
  });

  it('opens an empty store on a guided start inside the app, without command-line text', async () => {
    answerCommands({
      overview: () => ({ profile: null, credentials: [], offers: [] }),
      authority_map: () => [],
      deadlines: () => ({ today: '2026-11-26', items: [] }),
    });
    render(App);
    const start = await screen.findByTestId('first-run');
    expect(start.textContent).not.toContain('licensure');
    expect(document.body.textContent).not.toContain('licensure import');
    const cases: [string, string][] = [
      ['start-profile', 'profile'],
      ['start-credential', 'credentials'],
      ['start-import', 'import'],
    ];
    for (const [button, page] of cases) {
      await fireEvent.click(screen.getByTestId('nav-dashboard'));
      await fireEvent.click(await screen.findByTestId(button));
      expect(screen.getByTestId(`nav-${page}`).getAttribute('aria-current'), button).toBe('page');
    }
  });
});

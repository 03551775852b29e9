import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import DashboardPanel from './DashboardPanel.svelte';
import { answerCommands, failWith, resetCommands } from '../lib/ipc/testing';
import { license, overview } from '../test/cme';

afterEach(resetCommands);

const noop = () => {};

describe('DashboardPanel: the CME furthest behind', () => {
  it('shows the license the core names, what it misses by when, and opens the CME page', async () => {
    const behind = license({ credential_id: 'c2', title: 'State license · CA', shortfall: '30 Category 1 hours still needed', due: '2027-01-31' });
    answerCommands({
      authority_map: () => [],
      deadlines: () => ({ today: '2026-12-07', items: [] }),
      cme_overview: () => overview({ report: { licenses: [license(), behind], mate_act: [] }, furthest_behind: 'c2' }),
    });
    const went: string[] = [];
    render(DashboardPanel, { empty: false, onsample: noop, onnavigate: (p: string) => went.push(p) });
    const card = await screen.findByTestId('cme-behind');
    expect(card.getAttribute('data-credential-id')).toBe('c2');
    expect(screen.getByTestId('cme-behind-summary').textContent).toBe('30 Category 1 hours still needed by 2027-01-31.');
    await fireEvent.click(screen.getByTestId('cme-behind-open'));
    expect(went).toEqual(['cme']);
  });

  it('shows no card when nothing is behind or the CME cannot be read', async () => {
    for (const cme of [() => overview({ furthest_behind: null }), failWith({ code: 'damaged', message: 'no' })]) {
      let asked = false;
      answerCommands({
        authority_map: () => [],
        deadlines: () => ({ today: '2026-12-07', items: [] }),
        cme_overview: (...args) => {
          asked = true;
          return cme(...args);
        },
      });
      const { unmount } = render(DashboardPanel, { empty: false, onsample: noop, onnavigate: noop });
      await waitFor(() => expect(asked).toBe(true));
      await new Promise((r) => setTimeout(r, 0));
      expect(screen.queryByTestId('cme-behind')).toBeNull();
      unmount();
      resetCommands();
    }
  });
});

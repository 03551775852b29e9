import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import AuthorityMap from './AuthorityMap.svelte';
import { JURISDICTIONS } from '../lib/forms/jurisdictions';
import type { JurisdictionAuthority } from '../lib/ipc';

const entries: JurisdictionAuthority[] = JURISDICTIONS.map((j) => ({
  jurisdiction: j.code,
  standing: j.code === 'TX' ? 'licensed' : j.code === 'PR' ? 'lapsed' : 'none',
  basis: j.code === 'TX' ? 'state_license' : null,
  expires: j.code === 'TX' ? '2027-02-28' : null,
  label: j.code === 'TX' ? 'Texas: licensed, expires 2027-02-28' : `${j.name}: no authority on record`,
}));

describe('AuthorityMap', () => {
  it('draws all 56 jurisdictions, each focusable with its standing as its name', () => {
    render(AuthorityMap, { entries });
    const all = screen.getAllByTestId('map-state');
    expect(new Set(all.map((e) => e.dataset.jurisdiction)).size).toBe(56);
    const cases = [
      { code: 'TX', cls: 'standing-licensed', name: 'Texas: licensed, expires 2027-02-28' },
      { code: 'PR', cls: 'standing-lapsed', name: 'PR, Puerto Rico: no authority on record' },
      { code: 'GU', cls: 'standing-none', name: 'GU, Guam: no authority on record' },
      { code: 'DC', cls: 'standing-none', name: 'DC, District of Columbia: no authority on record' },
    ];
    for (const c of cases) {
      const el = all.find((e) => e.dataset.jurisdiction === c.code);
      expect(el?.getAttribute('class'), c.code).toContain(c.cls);
      expect(el?.getAttribute('aria-label'), c.code).toBe(c.name);
      expect(el?.getAttribute('tabindex'), c.code).toBe('0');
    }
    expect(screen.getByRole('list', { name: 'Legend' }).textContent).toContain('Expiring within 90 days');
  });

  it('moves focus with the arrow keys in alphabetical order', async () => {
    render(AuthorityMap, { entries });
    const get = (code: string) => screen.getAllByTestId('map-state').find((e) => e.dataset.jurisdiction === code) as HTMLElement;
    const steps = [
      { from: 'AL', key: 'ArrowRight', to: 'AK' },
      { from: 'AK', key: 'ArrowLeft', to: 'AL' },
      { from: 'AL', key: 'ArrowUp', to: 'WY' },
      { from: 'WY', key: 'ArrowDown', to: 'AL' },
    ];
    for (const s of steps) {
      get(s.from).focus();
      await fireEvent.keyDown(get(s.from), { key: s.key });
      expect(document.activeElement?.getAttribute('data-jurisdiction'), `${s.from} ${s.key}`).toBe(s.to);
    }
  });

  it('opens a jurisdiction on a click or Enter or Space when it can, and says so in its name', async () => {
    const opened: string[] = [];
    render(AuthorityMap, { entries, onopen: (j: string) => opened.push(j) });
    const get = (code: string) => screen.getAllByTestId('map-state').find((e) => e.dataset.jurisdiction === code) as HTMLElement;
    expect(get('TX').getAttribute('role')).toBe('button');
    expect(get('TX').getAttribute('aria-label')).toBe('Texas: licensed, expires 2027-02-28. Open its facts and routes');
    await fireEvent.click(get('TX'));
    await fireEvent.keyDown(get('PR'), { key: 'Enter' });
    await fireEvent.keyDown(get('DC'), { key: ' ' });
    await fireEvent.keyDown(get('GU'), { key: 'a' });
    expect(opened).toEqual(['TX', 'PR', 'DC']);
  });

  it('without a way to open, states are images that only announce their standing', async () => {
    render(AuthorityMap, { entries });
    const tx = screen.getAllByTestId('map-state').find((e) => e.dataset.jurisdiction === 'TX') as HTMLElement;
    expect(tx.getAttribute('role')).toBe('img');
    await fireEvent.click(tx);
    await fireEvent.keyDown(tx, { key: 'Enter' });
  });
});

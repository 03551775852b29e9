import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import AboutPage from './AboutPage.svelte';
import { answerCommands, failWith, resetCommands } from '../lib/ipc/testing';
import type { About } from '../lib/ipc';

afterEach(resetCommands);

const ABOUT: About = {
  version: '0.1.0',
  build_date: '2026-12-07',
  reference_origin: 'bundled',
  reference_as_of: '2026-12-01',
  data_dir: '/home/maya/.local/share/app.licensure.desktop',
  licenses: [
    { ecosystem: 'rust', name: 'sled', version: '0.34.7', license: 'MIT/Apache-2.0' },
    { ecosystem: 'rust', name: 'tauri', version: '2.12.5', license: 'Apache-2.0 OR MIT' },
    { ecosystem: 'npm', name: 'svelte', version: '5.57.3', license: 'MIT' },
  ],
};

describe('AboutPage', () => {
  it('shows the version, the reference data, the data directory and every license without links', async () => {
    answerCommands({ about: () => ABOUT });
    const { container } = render(AboutPage);
    expect((await screen.findByTestId('about-version')).textContent).toBe('0.1.0');
    expect(screen.getByTestId('about-reference').textContent).toContain('2026-12-01');
    expect(screen.getByTestId('about-data-dir').textContent).toContain('/home/maya/.local/share/app.licensure.desktop');
    const rust = within(screen.getByTestId('licenses-rust')).getAllByTestId('license-row');
    expect(rust.map((r) => r.textContent)).toEqual(['sled0.34.7MIT/Apache-2.0', 'tauri2.12.5Apache-2.0 OR MIT']);
    const npm = within(screen.getByTestId('licenses-npm')).getAllByTestId('license-row');
    expect(npm.map((r) => r.textContent)).toEqual(['svelte5.57.3MIT']);
    expect(container.querySelectorAll('a')).toHaveLength(0);
  });

  it('says so when the reference data or the home directory is missing', async () => {
    answerCommands({ about: () => ({ ...ABOUT, reference_as_of: null, data_dir: null }) });
    render(AboutPage);
    expect((await screen.findByTestId('about-reference')).textContent).toContain('Could not be read');
    expect(screen.getByTestId('about-data-dir').textContent).toContain('No home directory');
  });

  it('shows a failure as an error notice', async () => {
    answerCommands({ about: failWith({ code: 'io', message: 'disk error' }) });
    render(AboutPage);
    expect((await screen.findByRole('alert')).textContent).toContain('disk error');
  });
});

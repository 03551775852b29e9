import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import ErrorNotice from './ErrorNotice.svelte';
import { CommandError } from '../lib/ipc';
import { answerCommands, failWith, resetCommands } from '../lib/ipc/testing';

afterEach(resetCommands);

describe('ErrorNotice', () => {
  it('offers no restore for errors other than a damaged database', () => {
    render(ErrorNotice, { error: new CommandError('in_use', 'held by another process') });
    expect(screen.queryByTestId('restore-backup')).toBeNull();
  });

  it('restores the latest backup only when asked, and says what it did', async () => {
    let calls = 0;
    answerCommands({
      restore_latest_backup: () => {
        calls += 1;
        return { quarantined_to: '/data/quarantine/20261126T0900/db', restored_from: '/data/backups/b.json', skipped: [], profile: true, credentials: 8, offers: 2 };
      },
    });
    render(ErrorNotice, { error: new CommandError('damaged', 'the database is damaged') });
    expect(calls).toBe(0);
    await fireEvent.click(screen.getByTestId('restore-backup'));
    const done = await screen.findByTestId('restored');
    expect(calls).toBe(1);
    expect(done.textContent).toContain('8 credential(s) and 2 offer(s)');
    expect(done.textContent).toContain('/data/quarantine/20261126T0900/db');
  });

  it('shows why a restore failed and keeps the button', async () => {
    answerCommands({ restore_latest_backup: failWith({ code: 'io', message: 'nothing was restored or moved: there is no usable backup', issues: [] }) });
    render(ErrorNotice, { error: new CommandError('damaged', 'the database is damaged') });
    await fireEvent.click(screen.getByTestId('restore-backup'));
    expect(await screen.findByText(/no usable backup/)).toBeTruthy();
    expect(screen.getByTestId('restore-backup')).toBeTruthy();
  });
});

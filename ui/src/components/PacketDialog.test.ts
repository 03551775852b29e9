import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import PacketDialog from './PacketDialog.svelte';
import { answerCommands, failWith, resetCommands } from '../lib/ipc/testing';
import type { PacketChoices, SavedPacket } from '../lib/ipc';

afterEach(resetCommands);

const choices: PacketChoices = {
  offer_id: 'o2',
  offer: 'Bluebird Health — Urgent care physician',
  credentials: [
    { id: 'c1', title: 'State license · TX', documents: 1, proposed: true },
    { id: 'c2', title: 'State license · NY', documents: 0, proposed: false },
    { id: 'c7', title: 'Board certification · Internal Medicine', documents: 2, proposed: true },
  ],
};

const saved: SavedPacket = {
  file: { path: '/home/me/Documents/packet.pdf', bytes: 4096 },
  pages: 5,
  credentials: 2,
  documents: 2,
  left_out: [{ credential: 'Board certification · Internal Medicine', name: 'old scan.png', why: 'damaged: its content has changed' }],
};

function checkbox(id: string): HTMLInputElement {
  const box = screen.getAllByTestId('packet-choice').find((b) => b.dataset.credentialId === id);
  if (!box) throw new Error(`no checkbox for ${id}`);
  return box as HTMLInputElement;
}

describe('PacketDialog', () => {
  it('ticks the proposal, sends exactly what is ticked and names what was left out', async () => {
    const asked: unknown[] = [];
    answerCommands({
      packet_choices: (args) => {
        asked.push(args.offerId);
        return choices;
      },
      save_packet: (args) => {
        asked.push(args);
        return saved;
      },
    });
    render(PacketDialog, { offerId: 'o2', onclose: () => {} });
    await waitFor(() => expect(screen.getAllByTestId('packet-choice')).toHaveLength(3));
    expect(screen.getByRole('heading', { name: /for Bluebird Health/ })).toBeTruthy();
    expect(checkbox('c1').checked).toBe(true);
    expect(checkbox('c2').checked).toBe(false);
    expect(checkbox('c7').checked).toBe(true);

    await fireEvent.click(checkbox('c7'));
    await fireEvent.click(checkbox('c2'));
    await fireEvent.click(screen.getByTestId('packet-save'));
    await waitFor(() => expect(screen.getByTestId('packet-notice').textContent).toContain('/home/me/Documents/packet.pdf'));
    expect(asked).toEqual(['o2', { offerId: 'o2', credentialIds: ['c1', 'c2'] }]);
    expect(screen.getByTestId('packet-notice').textContent).toContain('5 pages, 2 credentials, 2 documents');
    expect(screen.getByTestId('packet-left-out').textContent).toContain('old scan.png');
  });

  it('says nothing was saved when the dialog is cancelled, and cannot save an empty choice', async () => {
    answerCommands({ packet_choices: () => choices, save_packet: () => null });
    render(PacketDialog, { onclose: () => {} });
    await waitFor(() => expect(screen.getAllByTestId('packet-choice')).toHaveLength(3));
    await fireEvent.click(screen.getByTestId('packet-save'));
    await waitFor(() => expect(screen.getByTestId('packet-notice').textContent).toBe('Not saved: no file was chosen.'));
    await fireEvent.click(checkbox('c1'));
    await fireEvent.click(checkbox('c7'));
    expect((screen.getByTestId('packet-save') as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows a refusal as an alert', async () => {
    answerCommands({
      packet_choices: () => choices,
      save_packet: failWith({ code: 'invalid', message: 'no stored credential has the id(s) "c9"' }),
    });
    render(PacketDialog, { offerId: 'o2', onclose: () => {} });
    await waitFor(() => expect(screen.getAllByTestId('packet-choice')).toHaveLength(3));
    await fireEvent.click(screen.getByTestId('packet-save'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('"c9"'));
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import CredentialDocuments from './CredentialDocuments.svelte';
import { answerCommands, failWith, resetCommands, type Handler } from '../lib/ipc/testing';
import { formatSize, mediaTypeLabel } from '../lib/format/attachment';
import type { Attachment } from '../lib/ipc';

afterEach(resetCommands);

const pdf: Attachment = {
  id: 'a1', owner: 'credential', owner_id: 'c1', name: 'Texas license.pdf', media_type: 'application/pdf', size: 48_213,
  sha256: 'ab'.repeat(32), added: '2026-11-26',
};
const png: Attachment = { ...pdf, id: 'a2', name: 'board.png', media_type: 'image/png', size: 900 };

/** A stateful backend: the list, with add and remove changing it. */
function backend(initial: Attachment[], extra: Record<string, Handler> = {}) {
  const docs = [...initial];
  const sent: Uint8Array[] = [];
  const handlers: Record<string, Handler> = {
    list_attachments: (args) => docs.filter((d) => d.owner_id === args.credentialId),
    orphaned_attachments: () => docs.filter((d) => d.owner_id === 'gone'),
    add_attachment: (args) => {
      sent.push(args as unknown as Uint8Array);
      const added = { ...pdf, id: `a${docs.length + 10}`, name: 'new.pdf', size: 3 };
      docs.push(added);
      return added;
    },
    remove_attachment: (args) => {
      const i = docs.findIndex((d) => d.id === args.id);
      return docs.splice(i, 1)[0];
    },
    open_attachment: () => null,
    ...extra,
  };
  answerCommands(handlers);
  return { docs, sent };
}

async function choose(file: File) {
  const input = screen.getByLabelText('Attach a document') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await fireEvent.change(input);
  return input;
}

describe('document formatting', () => {
  it('labels types and sizes', () => {
    const sizes: [number, string][] = [
      [0, '0 bytes'],
      [1023, '1023 bytes'],
      [1024, '1.0 KiB'],
      [48_213, '47.1 KiB'],
      [20 * 1024 * 1024, '20.0 MiB'],
    ];
    for (const [bytes, text] of sizes) expect(formatSize(bytes), String(bytes)).toBe(text);
    expect(mediaTypeLabel('application/pdf')).toBe('PDF');
    expect(mediaTypeLabel('image/jpeg')).toBe('JPEG image');
  });
});

describe('CredentialDocuments', () => {
  it('lists name, type, size and date, with every control labelled', async () => {
    backend([pdf, png, { ...pdf, id: 'a3', owner_id: 'c2' }]);
    render(CredentialDocuments, { credentialId: 'c1', label: 'State license · TX' });
    const rows = await screen.findAllByTestId('document-row');
    expect(rows).toHaveLength(2);
    const first = rows[0]?.textContent ?? '';
    for (const part of ['Texas license.pdf', 'PDF', '47.1 KiB', '2026-11-26']) expect(first).toContain(part);
    expect(screen.getByRole('heading').textContent).toBe('Documents · State license · TX');
    const input = screen.getByLabelText('Attach a document') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.getAttribute('accept')).toContain('.pdf');
    for (const b of screen.getAllByRole('button')) expect(b.getAttribute('aria-label') || b.textContent?.trim()).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open Texas license.pdf' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove board.png' })).toBeTruthy();
  });

  it('sends a chosen file as raw bytes and lists it', async () => {
    const { sent } = backend([]);
    render(CredentialDocuments, { credentialId: 'c1' });
    await screen.findByText('No documents attached.');
    const input = await choose(new File([new Uint8Array([0x25, 0x50, 0x44])], 'new.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText('new.pdf')).toBeTruthy();
    expect(sent).toHaveLength(1);
    expect(Array.from(sent[0] ?? [])).toEqual([0x25, 0x50, 0x44]);
    expect(screen.getByTestId('document-status').textContent).toBe('Attached: new.pdf');
    expect(input.value).toBe('');
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows a refused file at the file input and lists nothing new', async () => {
    const cases = [
      { name: 'wrong type', message: '"setup.exe" is not a PDF, PNG, JPEG or text file (.pdf, .png, .jpg, .jpeg, .txt)', code: 'attachment_type' },
      { name: 'content mismatch', message: '"x.pdf" is named like a PDF but its content is not a PDF', code: 'attachment_content' },
    ];
    for (const c of cases) {
      backend([pdf], {
        add_attachment: failWith({ code: 'invalid', message: `not saved: file: ${c.message}`, issues: [{ severity: 'error', code: c.code, field: 'file', message: c.message }] }),
      });
      const { unmount } = render(CredentialDocuments, { credentialId: 'c1' });
      await screen.findByText('Texas license.pdf');
      const input = await choose(new File(['MZ'], 'setup.exe'));
      const error = await screen.findByTestId('document-error');
      expect(error.textContent, c.name).toBe(c.message);
      expect(input.getAttribute('aria-invalid'), c.name).toBe('true');
      expect(input.getAttribute('aria-describedby'), c.name).toContain(error.id);
      expect(screen.getAllByTestId('document-row'), c.name).toHaveLength(1);
      unmount();
      resetCommands();
    }
  });

  it('refuses an oversized file before reading or sending it', async () => {
    const { sent } = backend([]);
    render(CredentialDocuments, { credentialId: 'c1' });
    await screen.findByText('No documents attached.');
    const big = new File(['x'], 'huge.pdf');
    Object.defineProperty(big, 'size', { value: 20 * 1024 * 1024 + 1 });
    await choose(big);
    expect((await screen.findByTestId('document-error')).textContent).toContain('at most 20.0 MiB');
    expect(sent).toHaveLength(0);
  });

  it('removes a document only after confirmation', async () => {
    const { docs } = backend([pdf, png]);
    render(CredentialDocuments, { credentialId: 'c1' });
    await fireEvent.click(await screen.findByRole('button', { name: 'Remove board.png' }));
    const group = screen.getByRole('group', { name: 'Remove board.png?' });
    expect(document.activeElement?.textContent).toBe('Remove');
    await fireEvent.click(within(group).getByRole('button', { name: 'Keep' }));
    expect(docs).toHaveLength(2);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Remove board.png');
    await fireEvent.click(screen.getByRole('button', { name: 'Remove board.png' }));
    await fireEvent.click(screen.getByTestId('document-remove-confirm'));
    await waitFor(() => expect(screen.getAllByTestId('document-row')).toHaveLength(1));
    expect(docs.map((d) => d.id)).toEqual(['a1']);
  });

  it('shows a damaged document next to it when it cannot be opened', async () => {
    backend([pdf], {
      open_attachment: failWith({ code: 'attachment_damaged', message: 'the attached document "Texas license.pdf" is damaged: its file is missing. Remove it and attach it again' }),
    });
    render(CredentialDocuments, { credentialId: 'c1' });
    await fireEvent.click(await screen.findByRole('button', { name: 'Open Texas license.pdf' }));
    const error = await screen.findByTestId('document-row-error');
    expect(error.textContent).toContain('is damaged');
    expect(error.closest('tr')?.getAttribute('data-attachment-id')).toBe('a1');
  });

  it("lists deleted credentials' documents for removal, and nothing when there are none", async () => {
    backend([pdf]);
    const { unmount } = render(CredentialDocuments, {});
    await waitFor(() => expect(screen.queryByText('Loading…')).toBeNull());
    expect(screen.queryByTestId('orphan-documents')).toBeNull();
    unmount();
    resetCommands();

    backend([{ ...png, owner_id: 'gone' }]);
    render(CredentialDocuments, {});
    const section = await screen.findByTestId('orphan-documents');
    expect(within(section).getByRole('heading').textContent).toBe('Documents of deleted records');
    expect(within(section).queryByLabelText('Attach a document')).toBeNull();
    await fireEvent.click(within(section).getByRole('button', { name: 'Remove board.png' }));
    await fireEvent.click(within(section).getByTestId('document-remove-confirm'));
    await waitFor(() => expect(screen.queryByTestId('orphan-documents')).toBeNull());
  });

  it("attaches a CME activity's certificate under that owner, not a credential's", async () => {
    const cert = { ...pdf, id: 'a20', owner: 'cme_activity' as const, owner_id: 'm1', name: 'certificate.pdf' };
    const asked: unknown[] = [];
    const headersSent: Record<string, string>[] = [];
    backend([pdf], {
      list_attachments: (args) => {
        asked.push(args);
        return args.owner === 'cme_activity' && args.credentialId === 'm1' ? [cert] : [];
      },
      add_attachment: (_args, headers) => {
        headersSent.push(headers);
        return { ...cert, id: 'a21' };
      },
    });
    render(CredentialDocuments, { credentialId: 'm1', owner: 'cme_activity', label: 'Grand rounds' });
    expect((await screen.findAllByTestId('document-row')).map((r) => r.getAttribute('data-attachment-id'))).toEqual(['a20']);
    expect(screen.getByRole('heading').textContent).toBe('Certificate · Grand rounds');
    await choose(new File(['%PDF-1.4'], 'certificate.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(headersSent).toHaveLength(1));
    expect(headersSent[0]?.['x-cme-activity-id']).toBe('m1');
    expect(headersSent[0]?.['x-credential-id']).toBeUndefined();
    expect(asked[0]).toEqual({ credentialId: 'm1', owner: 'cme_activity' });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import CmeForm from './CmeForm.svelte';
import { answerCommands, failWith, resetCommands } from '../lib/ipc/testing';
import type { CmeActivity } from '../lib/ipc';
import { activity, overview } from '../test/cme';

afterEach(resetCommands);

const noop = () => {};
const { categories, topics } = overview();

async function type(label: string | RegExp, value: string) {
  const el = screen.getByLabelText(label) as HTMLInputElement | HTMLSelectElement;
  el.value = value;
  await fireEvent.input(el);
  await fireEvent.change(el);
}

describe('CmeForm', () => {
  it('labels every control', () => {
    render(CmeForm, { categories, topics, onsaved: noop, oncancel: noop });
    const controls = document.querySelectorAll('form input, form select, form textarea');
    expect(controls.length).toBe(4 + 1 + topics.length + 1);
    for (const c of controls) {
      const labelled = c.id !== '' && document.querySelector(`label[for="${c.id}"]`) !== null;
      expect(labelled || c.closest('label') !== null, c.outerHTML).toBe(true);
    }
  });

  it('sends every field as typed and hands back the saved activity', async () => {
    const sent: unknown[] = [];
    answerCommands({
      save_cme_activity: (args) => {
        sent.push(args['activity']);
        return { ...(args['activity'] as CmeActivity), id: 'a9' };
      },
    });
    const saved: CmeActivity[] = [];
    render(CmeForm, { categories, topics, onsaved: (a: CmeActivity) => saved.push(a), oncancel: noop });
    await type(/^Title/, 'Ethics grand rounds');
    await type(/^Provider/, 'County society');
    await type(/^Completed on/, '01312026');
    await type(/^Hours/, '1,5');
    await type('Credit category', 'aoa_1a');
    await fireEvent.click(screen.getByLabelText('ethics and professional responsibility'));
    await type('Note', 'in person');
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('button', { name: 'Save' });
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual([{ id: '', title: 'Ethics grand rounds', provider: 'County society', completed: '2026-01-31', hours: 1.5, category: 'aoa_1a', topics: ['ethics'], note: 'in person' }]);
    expect(saved.map((a) => a.id)).toEqual(['a9']);
  });

  it('refuses what cannot be sent at its field, without calling the app', async () => {
    answerCommands({});
    render(CmeForm, { categories, topics, onsaved: noop, oncancel: noop });
    await type(/^Title/, 'Workshop');
    await type(/^Completed on/, '02/30/2026');
    await type(/^Hours/, 'two');
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    for (const id of ['cme-completed', 'cme-hours']) {
      const input = document.getElementById(id);
      expect(input?.getAttribute('aria-invalid'), id).toBe('true');
      expect(input?.getAttribute('aria-describedby'), id).toContain(`${id}-msg`);
    }
    expect(document.getElementById('cme-title')?.getAttribute('aria-invalid')).toBeNull();
  });

  it("drops a field's issue once the field is fixed and left, and keeps the others", async () => {
    answerCommands({});
    render(CmeForm, { categories, topics, onsaved: noop, oncancel: noop });
    await type(/^Title/, 'Workshop');
    await type(/^Completed on/, '02/30/2026');
    await type(/^Hours/, 'two');
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const hours = document.getElementById('cme-hours') as HTMLInputElement;
    const completed = document.getElementById('cme-completed') as HTMLInputElement;
    expect(hours.getAttribute('aria-invalid')).toBe('true');
    await type(/^Hours/, '2.5');
    await fireEvent.blur(hours);
    expect(hours.getAttribute('aria-invalid')).toBeNull();
    expect(document.getElementById('cme-hours-msg')?.textContent ?? '').toBe('');
    expect(completed.getAttribute('aria-invalid'), 'the date is still wrong').toBe('true');
    // Changed but still wrong: the field keeps an issue.
    await type(/^Completed on/, '2026-13-01');
    await fireEvent.blur(completed);
    expect(completed.getAttribute('aria-invalid')).toBe('true');
    await type(/^Completed on/, '2026-11-20');
    await fireEvent.blur(completed);
    expect(completed.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows the core issues of a refused save at their fields', async () => {
    const cases = [
      { field: 'hours', id: 'cme-hours', message: 'hours must be more than 0' },
      { field: 'completed', id: 'cme-completed', message: 'the date completed is after today' },
      { field: 'title', id: 'cme-title', message: 'a title is required' },
    ];
    for (const c of cases) {
      answerCommands({ save_cme_activity: failWith({ code: 'invalid', message: 'not saved', issues: [{ severity: 'error', code: 'x', field: c.field, message: c.message }] }) });
      const { unmount } = render(CmeForm, { activity: activity(), categories, topics, onsaved: noop, oncancel: noop });
      expect(screen.getByRole('heading').textContent).toBe('Edit CME activity');
      await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
      const msg = await screen.findByText(c.message);
      const input = document.getElementById(c.id);
      expect(input?.getAttribute('aria-invalid'), c.field).toBe('true');
      expect(input?.getAttribute('aria-describedby'), c.field).toContain(msg.closest('ul')?.id);
      unmount();
      resetCommands();
    }
  });

  it('lists an issue no field shows at the top, and a failure that is not about a field', async () => {
    answerCommands({ save_cme_activity: failWith({ code: 'invalid', message: 'not saved', issues: [{ severity: 'error', code: 'dup', field: 'id', message: 'already recorded' }] }) });
    const { unmount } = render(CmeForm, { activity: activity(), categories, topics, onsaved: noop, oncancel: noop });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByText('already recorded')).closest('ul')?.id).toBe('cme-form-msg');
    unmount();
    answerCommands({ save_cme_activity: failWith({ code: 'io', message: 'the disk is full' }) });
    render(CmeForm, { activity: activity(), categories, topics, onsaved: noop, oncancel: noop });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe('the disk is full');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import DeadlinesPage from './DeadlinesPage.svelte';
import { answerCommands, failWith, resetCommands } from '../lib/ipc/testing';
import { citation, deadline, item } from '../test/fixtures';

afterEach(resetCommands);

/** The reminder commands the page also calls, answered with nothing recorded. */
const reminderCommands = {
  deadline_marks: () => ({}),
  reminder_failures: () => [],
  reminder_settings: () => ({ lead_days: [90, 60, 30, 14, 7, 1, 0], per_kind: { renewal_window_opens: [14, 0] } }),
  autostart: () => false,
};

const timeline = {
  today: '2026-11-26',
  items: [
    item(deadline('c1:expiry:2026-10-31', '2026-10-31', -26), 'State license · TX expired on 2026-10-31'),
    item(deadline('c2:expiry:2026-12-01', '2026-12-01', 5, { subject: 'DEA registration · TX', title: 'DEA registration · TX expires', linked_risks: ['State CSR · TX'] })),
    {
      ...item(deadline('c3:renewal_window_opens:2027-01-15', '2027-01-15', 50, { kind: 'renewal_window_opens', title: 'State license · FL renewal opens', urgency: 'verify', caveat: 'The renewal window of FL is not known.', citations: [citation('FL medical_renewal', 'unknown')] })),
      action: { action: 'acknowledge' as const },
    },
    item(deadline('c4:expiry:2027-01-31', '2027-01-31', 66)),
    item(deadline('c5:expiry:2028-03-31', '2028-03-31', 491)),
  ],
};

describe('DeadlinesPage', () => {
  it('shows passed deadlines first, then the next twelve months by month', async () => {
    answerCommands({ ...reminderCommands, deadlines: () => timeline });
    render(DeadlinesPage);
    const items = await screen.findAllByTestId('deadline-item');
    expect(items.map((i) => i.dataset.deadlineId)).toEqual([
      'c1:expiry:2026-10-31',
      'c2:expiry:2026-12-01',
      'c3:renewal_window_opens:2027-01-15',
      'c4:expiry:2027-01-31',
    ]);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Passed: act now', 'December 2026', 'January 2027']);
    expect(items[0]?.textContent).toContain('expired on 2026-10-31');
    expect(items[0]?.textContent).toContain('26 days ago');
    expect(items[0]?.className).toContain('urgency-passed');
    expect(items[1]?.className).toContain('urgency-within_14_days');
    expect(items[1]?.textContent).toContain('Falls with it: State CSR · TX');
    const later = screen.getByTestId('show-later');
    expect(later.textContent).toContain('Show 1 later deadline beyond twelve months');
    await fireEvent.click(later);
    const all = screen.getAllByTestId('deadline-item').map((i) => i.dataset.deadlineId);
    expect(all.at(-1)).toBe('c5:expiry:2028-03-31');
  });

  it('says "verify" when a due date is uncertain', async () => {
    answerCommands({ ...reminderCommands, deadlines: () => timeline });
    render(DeadlinesPage);
    const items = await screen.findAllByTestId('deadline-item');
    const uncertain = items.find((i) => i.dataset.urgency === 'verify');
    expect(uncertain?.textContent).toContain('verify');
    expect(uncertain?.textContent).toContain('The renewal window of FL is not known.');
    expect(uncertain?.textContent).toContain('https://board.example.gov/telehealth');
  });

  it('says what CME is still missing before a renewal, and nothing when none is', async () => {
    const withCme = {
      today: '2026-11-26',
      items: [
        item(deadline('c4:expiry:2027-01-31', '2027-01-31', 66, { cme_shortfall: '12 Category 1 hours and 2 hours of pain management still needed' })),
        item(deadline('c5:expiry:2027-03-31', '2027-03-31', 125)),
      ],
    };
    answerCommands({ ...reminderCommands, deadlines: () => withCme });
    render(DeadlinesPage);
    const items = await screen.findAllByTestId('deadline-item');
    const shortfalls = items.map((i) => within(i).queryByTestId('deadline-cme')?.textContent ?? null);
    expect(shortfalls).toEqual(['CME 12 Category 1 hours and 2 hours of pain management still needed before this renewal.', null]);
  });

  it('says so when nothing falls due', async () => {
    answerCommands({ ...reminderCommands, deadlines: () => ({ today: '2026-11-26', items: [] }) });
    render(DeadlinesPage);
    expect(await screen.findByText('No deadline in the next twelve months.')).toBeTruthy();
    expect(screen.queryAllByTestId('deadline-item')).toHaveLength(0);
  });

  it('shows the error when the store cannot be opened', async () => {
    answerCommands({ ...reminderCommands, deadlines: failWith({ code: 'damaged', message: 'the database cannot be read' }) });
    render(DeadlinesPage);
    const alert = await screen.findByRole('alert');
    expect(alert.dataset.errorCode).toBe('damaged');
    expect(alert.textContent).toContain('the database cannot be read');
  });

  it('snoozes a week, marks done and undoes, each stored through its command', async () => {
    const calls: [string, Record<string, unknown>][] = [];
    let marks: Record<string, unknown> = { 'c4:expiry:2027-01-31': { mark: 'done' } };
    answerCommands({
      ...reminderCommands,
      deadlines: () => timeline,
      deadline_marks: () => marks,
      snooze_deadline: (args) => {
        calls.push(['snooze_deadline', args]);
        marks = { ...marks, [String(args.deadlineId)]: { mark: 'snoozed', until: args.until } };
      },
      mark_deadline_done: (args) => {
        calls.push(['mark_deadline_done', args]);
        marks = { ...marks, [String(args.deadlineId)]: { mark: 'done' } };
      },
      clear_deadline_mark: (args) => {
        calls.push(['clear_deadline_mark', args]);
        marks = Object.fromEntries(Object.entries(marks).filter(([id]) => id !== args.deadlineId));
      },
    });
    render(DeadlinesPage);
    const items = await screen.findAllByTestId('deadline-item');
    const byId = (id: string) => items.find((i) => i.dataset.deadlineId === id)!;
    expect(byId('c4:expiry:2027-01-31').textContent).toContain('Done');
    await fireEvent.click(within(byId('c1:expiry:2026-10-31')).getByText('Snooze a week'));
    expect(within(byId('c2:expiry:2026-12-01')).queryByText('Acknowledge')).toBeNull();
    await fireEvent.click(within(byId('c3:renewal_window_opens:2027-01-15')).getByText('Acknowledge'));
    await fireEvent.click(within(byId('c4:expiry:2027-01-31')).getByText('Undo'));
    await waitFor(() => expect(calls).toHaveLength(3));
    expect(calls).toEqual([
      ['snooze_deadline', { deadlineId: 'c1:expiry:2026-10-31', until: '2026-12-03' }],
      ['mark_deadline_done', { deadlineId: 'c3:renewal_window_opens:2027-01-15' }],
      ['clear_deadline_mark', { deadlineId: 'c4:expiry:2027-01-31' }],
    ]);
    await waitFor(() => expect(byId('c1:expiry:2026-10-31').textContent).toContain('Snoozed until 2026-12-03'));
    expect(byId('c4:expiry:2027-01-31').textContent).toContain('Snooze a week');
  });

  it('records a renewal with its new date, proposed one cycle later, and reads the timeline again', async () => {
    const renewed: Record<string, unknown>[] = [];
    let asked = 0;
    const proposing = {
      ...timeline,
      items: timeline.items.map((i) => (i.deadline.id === 'c2:expiry:2026-12-01' ? { ...i, action: { action: 'renew' as const, proposed: '2029-12-01' } } : i)),
    };
    answerCommands({
      ...reminderCommands,
      deadlines: () => {
        asked += 1;
        return proposing;
      },
      renew_credential: (args) => {
        if (args.until === '2026-11-30') throw { code: 'invalid', message: 'the new date 2026-11-30 must be after the current one, 2026-12-01', issues: [] };
        renewed.push(args);
        return null;
      },
    });
    render(DeadlinesPage);
    const items = await screen.findAllByTestId('deadline-item');
    const dea = items.find((i) => i.dataset.deadlineId === 'c2:expiry:2026-12-01')!;
    await fireEvent.click(within(dea).getByTestId('renew'));
    const input = within(dea).getByLabelText('New expiry date') as HTMLInputElement;
    expect(input.value).toBe('2029-12-01');
    // A date before the current one is refused at the field, and nothing is stored.
    input.value = '2026-11-30';
    await fireEvent.input(input);
    await fireEvent.click(within(dea).getByText('Save renewal'));
    expect((await within(dea).findByRole('alert')).textContent).toContain('must be after the current one');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent).toContain('must be after');
    expect(renewed).toHaveLength(0);
    input.value = '2029-12-31';
    await fireEvent.input(input);
    await fireEvent.click(within(dea).getByText('Save renewal'));
    await waitFor(() => expect(renewed).toEqual([{ id: 'c1', until: '2029-12-31' }]));
    await waitFor(() => expect(asked).toBe(2));
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import DeadlineReminders from './DeadlineReminders.svelte';
import { answerCommands, resetCommands, type Handler } from '../lib/ipc/testing';
import { addDays, leadDaysText, markLabel, parseLeadDays } from '../lib/format/deadline';

afterEach(resetCommands);

const settings = { lead_days: [90, 60, 30, 14, 7, 1, 0], per_kind: { renewal_window_opens: [14, 0] } };

function commands(extra: Record<string, Handler> = {}): Record<string, Handler> {
  return {
    reminder_failures: () => [],
    reminder_settings: () => settings,
    autostart: () => false,
    ...extra,
  };
}

describe('deadline formatting', () => {
  it('adds calendar days across months, years and leap days', () => {
    const cases: [string, string, number, string][] = [
      ['same month', '2026-11-26', 3, '2026-11-29'],
      ['into next month', '2026-11-26', 7, '2026-12-03'],
      ['into next year', '2026-12-30', 7, '2027-01-06'],
      ['leap day', '2028-02-28', 1, '2028-02-29'],
      ['backwards', '2027-03-01', -1, '2027-02-28'],
    ];
    for (const [name, from, days, expected] of cases) expect(addDays(from, days), name).toBe(expected);
  });

  it('reads lead times as typed, or says what is wrong', () => {
    const cases: [string, string, number[] | string][] = [
      ['commas', '7, 30, 90', [90, 30, 7]],
      ['spaces and repeats', '14 14  0', [14, 0]],
      ['empty turns reminders off', '', []],
      ['not a number', '30, soon', '"soon" is not a whole number of days.'],
      ['negative', '-1', '"-1" is not a whole number of days.'],
      ['too long', '800', 'Lead times can be at most 730 days.'],
    ];
    for (const [name, text, expected] of cases) expect(parseLeadDays(text), name).toEqual(expected);
    expect(leadDaysText([7, 90, 30])).toBe('90, 30, 7');
  });

  it('labels marks', () => {
    expect(markLabel(undefined)).toBeNull();
    expect(markLabel({ mark: 'done' })).toBe('Done');
    expect(markLabel({ mark: 'snoozed', until: '2026-12-03' })).toBe('Snoozed until 2026-12-03');
  });
});

describe('DeadlineReminders', () => {
  it('shows failed notifications in a banner, number-free, and dismisses them', async () => {
    let failures = [
      {
        key: 'c1:expiry:2027-01-31#lead-60',
        deadline_id: 'c1:expiry:2027-01-31',
        title: 'State license · FL expires in 60 days (2027-01-31)',
        last_attempt: '2026-12-02T09:15:00',
        attempts: 2,
        error: 'org.freedesktop.DBus.Error.ServiceUnknown',
      },
    ];
    answerCommands(commands({ reminder_failures: () => failures, dismiss_reminder_failures: () => { failures = []; } }));
    render(DeadlineReminders);
    const banner = await screen.findByTestId('reminder-failures');
    expect(banner.textContent).toContain('State license · FL expires in 60 days');
    expect(banner.textContent).toContain('tried 2 times, last 2026-12-02 09:15');
    await fireEvent.click(screen.getByText('Dismiss'));
    await waitFor(() => expect(screen.queryByTestId('reminder-failures')).toBeNull());
  });

  it('saves lead times and refuses ones it cannot read', async () => {
    const saved: unknown[] = [];
    answerCommands(commands({ save_reminder_settings: (args) => { saved.push(args.settings); return args.settings; } }));
    render(DeadlineReminders);
    const input = (await screen.findByDisplayValue('90, 60, 30, 14, 7, 1, 0')) as HTMLInputElement;
    await fireEvent.input(input, { target: { value: 'soon' } });
    await fireEvent.click(screen.getByText('Save lead times'));
    expect((await screen.findByTestId('reminder-message')).textContent).toContain('"soon" is not a whole number');
    expect(saved).toHaveLength(0);
    await fireEvent.input(input, { target: { value: '7, 45' } });
    await fireEvent.click(screen.getByText('Save lead times'));
    await waitFor(() => expect(saved).toEqual([{ ...settings, lead_days: [45, 7] }]));
  });

  it('saves the calendar where chosen, without numbers unless asked, says where or that nothing was saved, and toggles start at login', async () => {
    const asked: unknown[] = [];
    const toggled: unknown[] = [];
    const answers = [{ path: '/home/dr/Documents/licensure-deadlines.ics', bytes: 812 }, null];
    answerCommands(
      commands({
        save_calendar: (args) => { asked.push(args.includeNumbers); return answers.shift(); },
        set_autostart: (args) => { toggled.push(args.enabled); return args.enabled; },
      }),
    );
    render(DeadlineReminders);
    await screen.findByDisplayValue('90, 60, 30, 14, 7, 1, 0');
    await fireEvent.click(screen.getByText('Save calendar file (.ics)…'));
    await waitFor(() =>
      expect(screen.getByTestId('reminder-message').textContent).toBe('Calendar saved to /home/dr/Documents/licensure-deadlines.ics'),
    );
    await fireEvent.click(screen.getByLabelText(/Include license, DEA and policy numbers/));
    await fireEvent.click(screen.getByText('Save calendar file (.ics)…'));
    await waitFor(() => expect(screen.getByTestId('reminder-message').textContent).toBe('Not saved: no file was chosen.'));
    expect(asked).toEqual([false, true]);
    await fireEvent.click(screen.getByLabelText(/Start at login/));
    await waitFor(() => expect(toggled).toEqual([true]));
  });

});

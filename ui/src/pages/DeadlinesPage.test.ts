import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import DeadlinesPage from './DeadlinesPage.svelte';
import { answerCommands, failWith, resetCommands } from '../lib/ipc/testing';
import { citation, deadline, item } from '../test/fixtures';

afterEach(resetCommands);

const timeline = {
  today: '2026-11-26',
  items: [
    item(deadline('c1:expiry:2026-10-31', '2026-10-31', -26), 'State license · TX expired on 2026-10-31'),
    item(deadline('c2:expiry:2026-12-01', '2026-12-01', 5, { subject: 'DEA registration · TX', title: 'DEA registration · TX expires', linked_risks: ['State CSR · TX'] })),
    item(deadline('c3:renewal_window_opens:2027-01-15', '2027-01-15', 50, { kind: 'renewal_window_opens', title: 'State license · FL renewal opens', urgency: 'verify', caveat: 'The renewal window of FL is not known.', citations: [citation('FL medical_renewal', 'unknown')] })),
    item(deadline('c4:expiry:2027-01-31', '2027-01-31', 66)),
    item(deadline('c5:expiry:2028-03-31', '2028-03-31', 491)),
  ],
};

describe('DeadlinesPage', () => {
  it('shows passed deadlines first, then the next twelve months by month', async () => {
    answerCommands({ deadlines: () => timeline });
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
    expect(document.body.textContent).toContain('1 later deadline beyond twelve months');
  });

  it('says "verify" when a due date is uncertain', async () => {
    answerCommands({ deadlines: () => timeline });
    render(DeadlinesPage);
    const items = await screen.findAllByTestId('deadline-item');
    const uncertain = items.find((i) => i.dataset.urgency === 'verify');
    expect(uncertain?.textContent).toContain('verify');
    expect(uncertain?.textContent).toContain('The renewal window of FL is not known.');
    expect(uncertain?.textContent).toContain('https://board.example.gov/telehealth');
  });

  it('says so when nothing falls due', async () => {
    answerCommands({ deadlines: () => ({ today: '2026-11-26', items: [] }) });
    render(DeadlinesPage);
    expect(await screen.findByText('No deadline in the next twelve months.')).toBeTruthy();
    expect(screen.queryAllByTestId('deadline-item')).toHaveLength(0);
  });

  it('shows the error when the store cannot be opened', async () => {
    answerCommands({ deadlines: failWith({ code: 'damaged', message: 'the database cannot be read' }) });
    render(DeadlinesPage);
    const alert = await screen.findByRole('alert');
    expect(alert.dataset.errorCode).toBe('damaged');
    expect(alert.textContent).toContain('the database cannot be read');
  });
});

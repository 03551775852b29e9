import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import ProfileForm from './ProfileForm.svelte';
import { answerCommands, failWith, resetCommands } from '../lib/ipc/testing';
import type { Profile } from '../lib/ipc';

afterEach(resetCommands);

async function type(label: string | RegExp, value: string) {
  const el = screen.getByLabelText(label) as HTMLInputElement | HTMLSelectElement;
  el.value = value;
  await fireEvent.input(el);
  await fireEvent.change(el);
}

/** Fills the names, adds one practice share and one exam, types `percent` and `attempts`,
 *  saves, and returns the profile sent (or null when nothing was sent). */
async function saveWith(percent: string, attempts: string): Promise<Profile | null> {
  let sent: Profile | null = null;
  answerCommands({
    save_profile: (args) => {
      sent = args.profile as Profile;
      return sent;
    },
  });
  render(ProfileForm, { profile: null, onsaved: () => {} });
  await type(/^Given name/, 'Ana');
  await type(/^Family name/, 'Ruiz');
  await fireEvent.click(screen.getByRole('button', { name: 'Add a share' }));
  await type('Jurisdiction 1', 'OH');
  await type('Percent 1', percent);
  await fireEvent.click(screen.getByRole('button', { name: 'Add an exam' }));
  await type('Exam 1', 'usmle_step1');
  await type('Attempts to pass, exam 1', attempts);
  await fireEvent.click(screen.getByRole('button', { name: /Save profile/ }));
  await new Promise((r) => setTimeout(r, 0));
  return sent;
}

describe('ProfileForm', () => {
  it('drops the message of a field edited after a refused save, and keeps the others until the next save', async () => {
    answerCommands({
      save_profile: failWith({
        code: 'invalid',
        message: 'not saved',
        issues: [
          { severity: 'error', code: 'npi_digits', field: 'npi', message: 'An NPI has exactly 10 digits.' },
          { severity: 'error', code: 'name_long', field: 'family_name', message: 'The family name is too long.' },
        ],
      }),
    });
    render(ProfileForm, { profile: null, onsaved: () => {} });
    await type(/^Given name/, 'Ana');
    await type(/^Family name/, 'Ruiz');
    await fireEvent.click(screen.getByRole('button', { name: /Save profile/ }));
    await screen.findByText('An NPI has exactly 10 digits.');
    await type(/^NPI/, '1234567893');
    expect(screen.queryByText('An NPI has exactly 10 digits.')).toBeNull();
    expect(screen.getByText('The family name is too long.')).toBeTruthy();
  });

  it('saves a practice share and exam attempts typed as numbers', async () => {
    const sent = await saveWith('100', '2');
    expect(sent).not.toBeNull();
    expect(sent!.practice_shares).toEqual([{ jurisdiction: 'OH', percent: 100 }]);
    expect(sent!.exam_attempts).toEqual([{ component: 'usmle_step1', attempts: 2 }]);
  });

  const refused: [string, string, string, string, string][] = [
    ['a percentage above 100', '140', '1', 'share-0-p', 'Enter a whole number from 0 to 100'],
    ['a decimal percentage', '12.5', '1', 'share-0-p', 'Enter a whole number from 0 to 100'],
    ['an empty percentage', '', '1', 'share-0-p', 'Enter the percentage of practice'],
    ['zero attempts', '50', '0', 'exam-0-a', 'Enter a whole number from 1 to 255'],
    ['attempts in words', '50', 'two', 'exam-0-a', 'Enter a whole number from 1 to 255'],
  ];
  it.each(refused)('refuses %s at its field and sends nothing', async (_name, percent, attempts, id, message) => {
    const sent = await saveWith(percent, attempts);
    expect(sent).toBeNull();
    const input = document.getElementById(id);
    expect(input?.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(input?.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toContain(message);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import CheckedAnswerForm from './CheckedAnswerForm.svelte';
import { answerCommands, failWith, resetCommands } from '../lib/ipc/testing';
import type { CheckedAnswer } from '../lib/ipc';

afterEach(resetCommands);

async function type(testid: string, value: string) {
  const el = screen.getByTestId(testid) as HTMLInputElement | HTMLSelectElement;
  el.value = value;
  await fireEvent.input(el);
  await fireEvent.change(el);
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('CheckedAnswerForm', () => {
  it('sends the answer in the fact’s own terms with its source and date', async () => {
    let sent: CheckedAnswer | null = null;
    answerCommands({
      save_checked_answer: (args) => {
        sent = args.answer as CheckedAnswer;
        return { ...sent, id: 'a1' };
      },
    });
    const onsaved = vi.fn();
    render(CheckedAnswerForm, { jurisdiction: 'IA', fact: 'csr', today: '2026-12-07', onsaved, oncancel: () => {} });
    await type('answer-agency', 'Iowa Board of Pharmacy');
    await type('answer-fee', '$90');
    await type('answer-years', '2');
    await type('answer-person', 'Dana Reyes');
    await type('answer-note', 'asked the licensing desk');
    await fireEvent.click(screen.getByTestId('answer-save'));
    await flush();
    expect(sent).toMatchObject({
      id: '',
      jurisdiction: 'IA',
      answer: { fact: 'csr', value: { required: true, agency: 'Iowa Board of Pharmacy', fee_usd: 90, cycle_years: 2 } },
      source: { kind: 'phone_call', person: 'Dana Reyes' },
      checked_on: '2026-12-07',
      note: 'asked the licensing desk',
    });
    expect(onsaved).toHaveBeenCalledWith(expect.objectContaining({ id: 'a1' }));
  });

  it('sends a malpractice minimum from an official page', async () => {
    let sent: CheckedAnswer | null = null;
    answerCommands({ save_checked_answer: (args) => (sent = args.answer as CheckedAnswer) });
    render(CheckedAnswerForm, { jurisdiction: 'RI', fact: 'malpractice', today: '2026-12-07', onsaved: () => {}, oncancel: () => {} });
    await type('answer-rule', 'mandate');
    await type('answer-per-claim', '200000');
    await type('answer-aggregate', '600000');
    await fireEvent.click(screen.getByTestId('answer-source-address'));
    await type('answer-url', 'https://health.ri.gov/rules');
    await type('answer-date', '11/30/2026');
    await fireEvent.click(screen.getByTestId('answer-save'));
    await flush();
    expect(sent).toMatchObject({
      answer: { fact: 'malpractice', value: { rule: 'mandate', min_per_claim_usd: 200000, min_aggregate_usd: 600000 } },
      source: { kind: 'address', url: 'https://health.ri.gov/rules' },
      checked_on: '2026-11-30',
    });
  });

  it('refuses a date it cannot read without calling the store', async () => {
    const save = vi.fn();
    answerCommands({ save_checked_answer: save });
    render(CheckedAnswerForm, { jurisdiction: 'RI', fact: 'malpractice', today: '2026-12-07', onsaved: () => {}, oncancel: () => {} });
    await type('answer-date', '2026-13-40');
    await type('answer-person', 'Dana');
    await fireEvent.click(screen.getByTestId('answer-save'));
    await flush();
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByTestId('field-error').id).toBe('err-date');
  });

  it('refuses a number it cannot read without calling the store', async () => {
    const save = vi.fn();
    answerCommands({ save_checked_answer: save });
    render(CheckedAnswerForm, { jurisdiction: 'TX', fact: 'full_license', today: '2026-12-07', onsaved: () => {}, oncancel: () => {} });
    await type('answer-fee', 'about 800');
    await type('answer-person', 'Dana');
    await fireEvent.click(screen.getByTestId('answer-save'));
    await flush();
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByTestId('field-error').textContent).toContain('whole number');
  });

  it('shows the store’s problems at their fields', async () => {
    answerCommands({
      save_checked_answer: failWith({
        code: 'invalid',
        message: 'refused',
        issues: [
          { severity: 'error', code: 'source_person_required', field: 'source/person', message: 'Give the name of the person you spoke to at the board.' },
          { severity: 'error', code: 'checked_in_future', field: 'checked_on', message: 'The date you checked cannot be in the future.' },
        ],
      }),
    });
    const onsaved = vi.fn();
    render(CheckedAnswerForm, { jurisdiction: 'RI', fact: 'malpractice', today: '2026-12-07', onsaved, oncancel: () => {} });
    await fireEvent.click(screen.getByTestId('answer-save'));
    await flush();
    const errors = screen.getAllByTestId('field-error').map((e) => `${e.id}: ${e.textContent}`);
    expect(errors).toEqual([
      'err-person: Give the name of the person you spoke to at the board.',
      'err-date: The date you checked cannot be in the future.',
    ]);
    expect(onsaved).not.toHaveBeenCalled();
  });

  it('starts from the answer being edited and keeps its id', async () => {
    let sent: CheckedAnswer | null = null;
    answerCommands({ save_checked_answer: (args) => (sent = args.answer as CheckedAnswer) });
    const existing: CheckedAnswer = {
      id: 'a7',
      jurisdiction: 'MS',
      answer: {
        fact: 'telehealth_prescribing',
        value: {
          in_person_exam: { rule: 'required', patients: 'new_patients', schedules: [], exceptions: '' },
          barred_schedules: [],
          limits: '',
          relationship_by_video: null,
          relationship_by_audio_only: null,
          relationship_asynchronous: null,
        },
      },
      source: { kind: 'address', url: 'https://msbml.ms.gov/rules' },
      checked_on: '2026-10-01',
      note: 'rule 5.8',
    };
    render(CheckedAnswerForm, { jurisdiction: 'MS', fact: 'telehealth_prescribing', today: '2026-12-07', existing, onsaved: () => {}, oncancel: () => {} });
    expect((screen.getByTestId('answer-url') as HTMLInputElement).value).toBe('https://msbml.ms.gov/rules');
    await type('answer-exam', 'not_required');
    await fireEvent.click(screen.getByTestId('answer-save'));
    await flush();
    expect(sent).toMatchObject({ id: 'a7', answer: { value: { in_person_exam: { rule: 'not_required' } } }, checked_on: '2026-10-01', note: 'rule 5.8' });
  });

  it('sends a compact standing for the compact the reason names, with the day it issues from', async () => {
    let sent: CheckedAnswer | null = null;
    answerCommands({ save_checked_answer: (args) => (sent = args.answer as CheckedAnswer) });
    render(CheckedAnswerForm, { jurisdiction: 'MI', fact: 'compact_membership', subject: 'imlc', today: '2026-12-07', onsaved: () => {}, oncancel: () => {} });
    expect(screen.getByRole('heading').textContent).toBe('I checked this: Standing in a compact: IMLC in MI');
    await type('answer-status', 'member_not_principal');
    await type('answer-implemented', '3/1/2027');
    await type('answer-person', 'Lee Park');
    await fireEvent.click(screen.getByTestId('answer-save'));
    await flush();
    expect(sent).toMatchObject({
      jurisdiction: 'MI',
      answer: { fact: 'compact_membership', value: { compact: 'imlc', status: 'member_not_principal', implemented: '2027-03-01' } },
    });
  });

  it('offers "cannot be principal" for the IMLC only, and no issuing day for a non-member', async () => {
    let sent: CheckedAnswer | null = null;
    answerCommands({ save_checked_answer: (args) => (sent = args.answer as CheckedAnswer) });
    render(CheckedAnswerForm, { jurisdiction: 'AK', fact: 'compact_membership', subject: 'psypact', today: '2026-12-07', onsaved: () => {}, oncancel: () => {} });
    const options = [...(screen.getByTestId('answer-status') as HTMLSelectElement).options].map((o) => o.value);
    expect(options).toEqual(['member', 'enacted_not_implemented', 'not_member']);
    await type('answer-implemented', '2027-01-01');
    await type('answer-status', 'not_member');
    expect(screen.queryByTestId('answer-implemented')).toBeNull();
    await type('answer-person', 'Lee Park');
    await fireEvent.click(screen.getByTestId('answer-save'));
    await flush();
    expect(sent).toMatchObject({ answer: { value: { compact: 'psypact', status: 'not_member', implemented: null } } });
  });

  it('refuses an issuing day it cannot read without calling the store', async () => {
    const save = vi.fn();
    answerCommands({ save_checked_answer: save });
    render(CheckedAnswerForm, { jurisdiction: 'MI', fact: 'compact_membership', subject: 'imlc', today: '2026-12-07', onsaved: () => {}, oncancel: () => {} });
    await type('answer-implemented', 'next spring');
    await type('answer-person', 'Lee Park');
    await fireEvent.click(screen.getByTestId('answer-save'));
    await flush();
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByTestId('field-error').id).toBe('err-implemented');
  });

  it('sends a route’s terms: professions, controlled substances and excluded schedules', async () => {
    let sent: CheckedAnswer | null = null;
    answerCommands({ save_checked_answer: (args) => (sent = args.answer as CheckedAnswer) });
    const subject = 'mn_interstate_telehealth_registration';
    render(CheckedAnswerForm, { jurisdiction: 'MN', fact: 'telehealth_route', subject, today: '2026-12-07', onsaved: () => {}, oncancel: () => {} });
    await fireEvent.click(screen.getByTestId('answer-profession-do'));
    await fireEvent.click(screen.getByTestId('answer-profession-md'));
    expect(screen.queryByTestId('answer-excluded-2')).toBeNull();
    await type('answer-controlled', 'yes');
    await fireEvent.click(screen.getByTestId('answer-excluded-2'));
    await type('answer-person', 'Lee Park');
    await fireEvent.click(screen.getByTestId('answer-save'));
    await flush();
    expect(sent).toMatchObject({
      answer: { fact: 'telehealth_route', value: { route: subject, professions: ['md', 'do'], controlled_substances_allowed: true, excluded_schedules: ['2'] } },
    });
  });

  it('drops the excluded schedules when nothing may be prescribed, and shows a refused profession list at its field', async () => {
    const sent: CheckedAnswer[] = [];
    const refuse = failWith({
      code: 'invalid',
      message: 'refused',
      issues: [{ severity: 'error', code: 'route_professions_required', field: 'answer/value/professions', message: 'Choose the professions the route covers.' }],
    });
    answerCommands({
      save_checked_answer: (args, headers) => {
        sent.push(args.answer as CheckedAnswer);
        return refuse(args, headers);
      },
    });
    render(CheckedAnswerForm, { jurisdiction: 'KS', fact: 'telehealth_route', subject: 'ks_telemedicine_waiver', today: '2026-12-07', onsaved: () => {}, oncancel: () => {} });
    await type('answer-controlled', 'yes');
    await fireEvent.click(screen.getByTestId('answer-excluded-4'));
    await type('answer-controlled', 'no');
    await type('answer-person', 'Lee Park');
    await fireEvent.click(screen.getByTestId('answer-save'));
    await flush();
    expect(sent[0]).toMatchObject({ answer: { value: { professions: [], controlled_substances_allowed: false, excluded_schedules: [] } } });
    expect(screen.getByTestId('field-error').id).toBe('err-professions');
  });

  it('sends the federal rule’s new end with no state, read on an official page', async () => {
    let sent: CheckedAnswer | null = null;
    answerCommands({ save_checked_answer: (args) => (sent = args.answer as CheckedAnswer) });
    render(CheckedAnswerForm, { jurisdiction: 'TX', fact: 'telemedicine_rule', today: '2026-12-31', onsaved: () => {}, oncancel: () => {} });
    expect(screen.getByRole('heading').textContent).toBe('I checked this: End of DEA’s telemedicine flexibilities');
    await type('answer-until', '12/31/2027');
    await type('answer-url', 'https://www.federalregister.gov/d/2026-28001');
    await fireEvent.click(screen.getByTestId('answer-save'));
    await flush();
    expect(sent).toMatchObject({
      jurisdiction: null,
      answer: { fact: 'telemedicine_rule', value: { effective_until: '2027-12-31' } },
      source: { kind: 'address', url: 'https://www.federalregister.gov/d/2026-28001' },
    });
  });

  it('refuses a federal answer with no last day unless DEA set none', async () => {
    const sent: CheckedAnswer[] = [];
    answerCommands({ save_checked_answer: (args) => sent.push(args.answer as CheckedAnswer) });
    render(CheckedAnswerForm, { jurisdiction: 'TX', fact: 'telemedicine_rule', today: '2026-12-31', onsaved: () => {}, oncancel: () => {} });
    await type('answer-url', 'https://www.federalregister.gov/d/2026-28001');
    await fireEvent.click(screen.getByTestId('answer-save'));
    await flush();
    expect(sent).toEqual([]);
    expect(screen.getByTestId('field-error').id).toBe('err-until');
    await fireEvent.click(screen.getByTestId('answer-no-end'));
    expect(screen.queryByTestId('answer-until')).toBeNull();
    await fireEvent.click(screen.getByTestId('answer-save'));
    await flush();
    expect(sent[0]).toMatchObject({ answer: { value: { effective_until: null } } });
  });

  it('drops the message of a field edited after a refused save, and keeps the others', async () => {
    answerCommands({ save_checked_answer: vi.fn() });
    render(CheckedAnswerForm, { jurisdiction: 'RI', fact: 'malpractice', today: '2026-12-07', onsaved: () => {}, oncancel: () => {} });
    await type('answer-rule', 'mandate');
    await type('answer-per-claim', 'lots');
    await type('answer-date', '12/32/2026');
    await fireEvent.click(screen.getByTestId('answer-save'));
    await flush();
    expect(screen.getAllByTestId('field-error').map((e) => e.id)).toEqual(['err-claim', 'err-date']);
    await type('answer-date', '12/01/2026');
    expect(screen.getAllByTestId('field-error').map((e) => e.id)).toEqual(['err-claim']);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import CheckedAnswerList from './CheckedAnswerList.svelte';
import { answerCommands, resetCommands } from '../lib/ipc/testing';
import type { CheckedAnswer, ListedAnswer } from '../lib/ipc';

afterEach(resetCommands);

const flush = () => new Promise((r) => setTimeout(r, 0));

const answer: CheckedAnswer = {
  id: 'a1',
  jurisdiction: 'RI',
  answer: {
    fact: 'malpractice',
    value: { rule: 'mandate', min_per_claim_usd: 200000, min_aggregate_usd: 600000, fund: null, alternatives: '', applies_to_telehealth: null },
  },
  source: { kind: 'phone_call', person: 'Dana Reyes' },
  checked_on: '2025-12-01',
  note: 'licensing desk',
};

function listed(a: CheckedAnswer, notice: Partial<ListedAnswer['notice']>): ListedAnswer {
  return {
    answer: a,
    question: `malpractice minimum in ${a.jurisdiction}`,
    notice: { answer_id: a.id, jurisdiction: a.jurisdiction, fact: 'malpractice', status: { status: 'in_use' }, age_days: 10, stale: false, message: '', ...notice },
  };
}

describe('CheckedAnswerList', () => {
  it('shows each answer as the clinician’s, with the year flag and the disagreement notice', async () => {
    const second = { ...answer, id: 'a2', jurisdiction: 'MS' as const };
    answerCommands({
      checked_answers: () => ({
        answers: [
          listed(answer, { stale: true, age_days: 371, message: 'You checked it 371 days ago, more than a year: check it again.' }),
          listed(second, {
            status: { status: 'superseded', official_as_of: '2026-12-01', disagrees: true },
            message: 'The reference data now has the malpractice minimum in MS … it disagrees with your answer.',
          }),
        ],
        settles: [],
      }),
    });
    render(CheckedAnswerList, { today: '2026-12-07' });
    const items = await screen.findAllByTestId('checked-answer');
    expect(items.map((i) => i.dataset.notice)).toEqual(['stale', 'disagrees']);
    expect(items[0]?.textContent).toContain(
      'malpractice minimum in RI: Coverage required; $200,000 per claim; $600,000 aggregate. Your answer, 2025-12-01, phone call with the board (Dana Reyes)',
    );
    expect(items[0]?.textContent).toContain('check it again');
    expect(items[1]?.textContent).toContain('disagrees with your answer');
  });

  it('deletes with undo: the same answer is saved back', async () => {
    let stored = [answer];
    let restored: CheckedAnswer | null = null;
    answerCommands({
      checked_answers: () => ({ answers: stored.map((a) => listed(a, {})), settles: [] }),
      delete_checked_answer: (args) => {
        const gone = stored.find((a) => a.id === args.id);
        stored = stored.filter((a) => a.id !== args.id);
        return gone;
      },
      save_checked_answer: (args) => {
        restored = args.answer as CheckedAnswer;
        stored = [restored];
        return restored;
      },
    });
    render(CheckedAnswerList, { today: '2026-12-07' });
    await fireEvent.click(await screen.findByTestId('answer-delete'));
    await flush();
    expect(screen.queryAllByTestId('checked-answer')).toHaveLength(0);
    await fireEvent.click(screen.getByTestId('undo-answer-delete'));
    await flush();
    expect(restored).toEqual(answer);
    expect(await screen.findAllByTestId('checked-answer')).toHaveLength(1);
  });
});

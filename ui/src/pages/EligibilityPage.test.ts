import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import EligibilityPage from './EligibilityPage.svelte';
import { answerCommands, failWith, resetCommands } from '../lib/ipc/testing';
import { citation, eligibility, reason } from '../test/fixtures';
import type { Eligibility, Profile } from '../lib/ipc';

afterEach(resetCommands);

describe('EligibilityPage', () => {
  it('shows the IMLC answer, its reasons with sources, candidates, questions and the countdown', async () => {
    answerCommands({
      imlc: () =>
        eligibility({
          outcome: 'verify',
          reasons: [reason('history_unknown', 'verify', 'Whether you were ever disciplined is not recorded.', [citation('IMLC eligibility criteria')])],
          principal_candidates: [{ jurisdiction: 'TX', bases: ['primary_residence', 'practice_share'], license_credential_id: 'c1', citations: [citation('IMLC status of TX')] }],
          questions: [{ code: 'discipline', question: 'Have you ever been disciplined by a board?', profile_field: 'history.discipline' }],
          loq: { state: 'issued', credential_id: 'l1', principal_state: 'TX', expires: '2027-03-01', days_left: 95 },
        }),
    });
    render(EligibilityPage);
    const outcome = await screen.findByTestId('imlc-outcome');
    expect(outcome.dataset.outcome).toBe('verify');
    expect(outcome.textContent).toContain('Verify');
    const body = document.body.textContent ?? '';
    for (const text of [
      'Whether you were ever disciplined is not recorded.',
      'https://board.example.gov/telehealth',
      'TX: primary residence, share of practice',
      'Have you ever been disciplined by a board?',
      'valid 95 more days, through 2027-03-01',
    ]) {
      expect(body).toContain(text);
    }
    expect(screen.queryAllByTestId('compact-option')).toHaveLength(0);
  });

  it('shows the compacts of a non-physician instead', async () => {
    answerCommands({
      imlc: () =>
        eligibility(
          { outcome: 'not_applicable', reasons: [reason('imlc_not_applicable', 'blocked', 'The IMLC covers MD and DO physicians only.')], reachable_states: [] },
          [
            {
              compact: 'nlc',
              name: 'Nurse Licensure Compact',
              outcome: 'missing',
              reasons: [reason('no_multistate_license', 'missing', 'You hold no multistate license.')],
              home_state: 'TX',
              reaches: ['TX', 'FL', 'CO'],
              covered_now: [],
              steps: ['Apply to convert your Texas license to multistate'],
              fee_usd: null,
              typical_days: 30,
            },
          ],
        ),
    });
    render(EligibilityPage);
    expect((await screen.findByTestId('imlc-outcome')).dataset.outcome).toBe('not_applicable');
    const [option] = screen.getAllByTestId('compact-option');
    expect(option?.dataset.compact).toBe('nlc');
    for (const text of ['Nurse Licensure Compact', 'steps needed', 'reaches 3 jurisdictions', 'Apply to convert your Texas license to multistate', 'fee unknown']) {
      expect(option?.textContent).toContain(text);
    }
    expect(screen.queryByTestId('loq-countdown')).toBeNull();
  });

  it('asks for a profile first', async () => {
    answerCommands({ imlc: failWith({ code: 'not_found', message: 'No profile is recorded yet' }) });
    render(EligibilityPage);
    const alert = await screen.findByRole('alert');
    expect(alert.dataset.errorCode).toBe('not_found');
    expect(screen.queryByTestId('imlc-outcome')).toBeNull();
  });

  it('answers an open question in place: saves the profile and asks again', async () => {
    const profile: Profile = {
      given_name: 'Maya', family_name: 'Rivera', profession: 'md', npi: null, residence: 'TX',
      employer_jurisdiction: null, tax_jurisdiction: null, practice_shares: [],
      education: { school: 'accredited', gme_completed: 'yes' }, exam_attempts: [],
      history: { discipline: 'no', criminal: 'unknown', controlled_substance_action: 'no', open_investigation: 'no' },
    };
    let asked = 0;
    const saved: Profile[] = [];
    answerCommands({
      imlc: () => {
        asked += 1;
        return eligibility({
          outcome: asked === 1 ? 'verify' : 'eligible',
          questions: asked === 1 ? [{ code: 'criminal', question: 'Do you have any criminal history?', profile_field: 'history.criminal' }] : [],
        });
      },
      overview: () => ({ profile, credentials: [], offers: [] }),
      save_profile: (args) => {
        saved.push(args.profile as Profile);
        return args.profile;
      },
    });
    render(EligibilityPage);
    const select = (await screen.findByLabelText('Do you have any criminal history?')) as HTMLSelectElement;
    await fireEvent.change(select, { target: { value: 'no' } });
    await fireEvent.click(screen.getByTestId('answer-save'));
    await waitFor(() => expect(screen.getByTestId('imlc-outcome').dataset.outcome).toBe('eligible'));
    expect(saved).toHaveLength(1);
    expect(saved[0]?.history.criminal).toBe('no');
    expect(saved[0]?.history.discipline).toBe('no');
    expect(asked).toBe(2);
  });

  it('sends questions it cannot answer in place to the Profile page', async () => {
    answerCommands({
      imlc: () => eligibility({ questions: [{ code: 'exam_attempts', question: 'How many attempts?', profile_field: 'exam_attempts' }] }),
    });
    render(EligibilityPage);
    const q = await screen.findByTestId('imlc-question');
    expect(q.textContent).toContain('answer it on the Profile page');
    expect(screen.queryByTestId('answer-select')).toBeNull();
  });

  it('lists where the compact reaches with fee and time, opens a state, and says why the others are out of reach', async () => {
    answerCommands({ imlc: () => eligibility() });
    const opened: string[] = [];
    render(EligibilityPage, { onopen: (j: string) => opened.push(j) });
    const rows = await screen.findAllByTestId('imlc-reach-row');
    // By name: Colorado, Hawaii, Texas.
    expect(rows.map((r) => r.dataset.jurisdiction)).toEqual(['CO', 'HI', 'TX']);
    expect(rows[0]?.textContent).toContain('$300');
    expect(rows[0]?.textContent).toContain('about 30 days');
    expect(rows[1]?.textContent).toContain('not recorded: ask the board');
    expect(rows[1]?.textContent).toContain('cannot be your State of Principal License');
    expect(rows[2]?.textContent).toContain('compact fee not recorded; a full license there costs $817');
    expect(screen.getByTestId('loq-terms').textContent).toBe(
      'The Letter of Qualification costs $700, valid 365 days, once for every state chosen while it is valid; each state then charges its own license fee. Time: about 30 days.',
    );
    const out = screen.getByTestId('imlc-out-of-reach').textContent ?? '';
    expect(out).toContain('Enacted, not issuing compact licenses yet: Massachusetts');
    expect(out).toContain('Not members (a full license or another route is needed): California, New York');
    expect(out).toContain('Membership not established in the reference data (verify with the commission): Guam');
    await fireEvent.click(screen.getByRole('button', { name: 'Colorado: open its facts and routes' }));
    expect(opened).toEqual(['CO']);
  });

  it('heads the compact’s reach as reachable today only for an eligible physician', async () => {
    const cases: [Eligibility['imlc']['outcome'], string][] = [
      ['eligible', 'Reachable through the compact today'],
      ['not_eligible', 'Issuing through the compact, once you are eligible'],
      ['verify', 'Issuing through the compact, once you are eligible'],
    ];
    for (const [outcome, heading] of cases) {
      answerCommands({ imlc: () => eligibility({ outcome }) });
      const { unmount } = render(EligibilityPage, { onopen: () => {} });
      await screen.findAllByTestId('imlc-reach-row');
      expect(document.getElementById('reach-heading')?.textContent?.trim(), outcome).toBe(heading);
      unmount();
      resetCommands();
    }
  });
});

// CME wire values for the tests: a license's progress and the page's view.
import type { CmeActivity, CmeOverview, LicenseCme } from '../lib/ipc';

export function activity(change: Partial<CmeActivity> = {}): CmeActivity {
  return { id: 'a1', title: 'Safe opioid prescribing', provider: 'TMA', completed: '2026-03-15', hours: 2, category: 'ama_pra_category_1', topics: ['pain_management'], note: '', ...change };
}

export function license(change: Partial<LicenseCme> = {}): LicenseCme {
  return {
    credential_id: 'c1',
    jurisdiction: 'TX',
    title: 'State license · TX',
    window: { start: '2025-03-01', end: '2027-02-28' },
    due: '2027-02-28',
    status: 'missing',
    total: { required: 48, done: 2, missing: 46 },
    category1: { required: 24, done: 2, missing: 22 },
    topics: [
      {
        description: '2 hours of ethics and professional responsibility',
        topics: ['ethics'],
        recurrence: { kind: 'every_cycle' },
        applies_to: { kind: 'all_licensees' },
        required: 2,
        done: 0,
        status: 'missing',
        activity_ids: [],
        due: '2027-02-28',
        reason: 'every physician renewing',
      },
    ],
    activity_ids: ['a1'],
    shortfall: '46 hours, 22 Category 1 hours and 2 hours of ethics still needed',
    citation: { fact: 'CME rule of TX', sources: ['https://www.tmb.state.tx.us/page/resources-cme-for-md-dos'], as_of: '2026-12-07', confidence: 'verified' },
    note: '',
    ...change,
  };
}

export function overview(change: Partial<CmeOverview> = {}): CmeOverview {
  return {
    today: '2026-12-07',
    activities: [{ activity: activity(), counts_for: ['State license · TX'] }],
    report: { licenses: [license()], mate_act: [] },
    furthest_behind: 'c1',
    categories: [
      { category: 'ama_pra_category_1', label: 'AMA PRA Category 1', category1: true },
      { category: 'ama_pra_category_2', label: 'AMA PRA Category 2', category1: false },
      { category: 'aoa_1a', label: 'AOA Category 1-A', category1: true },
      { category: 'aoa_1b', label: 'AOA Category 1-B', category1: false },
      { category: 'other', label: 'Other', category1: false },
    ],
    topics: [
      { topic: 'pain_management', label: 'pain management' },
      { topic: 'ethics', label: 'ethics and professional responsibility' },
    ],
    ...change,
  };
}

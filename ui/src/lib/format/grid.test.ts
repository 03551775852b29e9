import { describe, expect, it } from 'vitest';
import { daysBetween, offerGrid, waitAgainstStart } from './grid';
import { reason, verdict } from '../../test/fixtures';
import type { StateVerdict } from '../ipc';

function state(j: StateVerdict['jurisdiction'], outcome: StateVerdict['outcome'], cells: [StateVerdict['requirements'][number]['requirement'], StateVerdict['outcome']][]): StateVerdict {
  return {
    jurisdiction: j,
    outcome,
    reasons: cells.map(([r, o]) => reason(`${r}_${o}`, o, `${r} is ${o}`)),
    steps: [],
    renewals: [],
    requirements: cells.map(([requirement, o], i) => ({ requirement, outcome: o, first: i, count: 1 })),
    fastest_path: null,
  };
}

describe('offerGrid', () => {
  it('orders states worst first and lays out each requirement judged', () => {
    const v = verdict('o1', 'acceptable_after_steps', {
      states: [
        state('TX', 'met', [['authority', 'met'], ['malpractice', 'met']]),
        state('NY', 'missing', [['authority', 'met'], ['controlled_substances', 'missing'], ['malpractice', 'met']]),
        state('FL', 'blocked', [['authority', 'blocked'], ['malpractice', 'warning']]),
        state('OH', 'missing', [['authority', 'missing'], ['malpractice', 'met']]),
      ],
    });
    const grid = offerGrid(v);
    expect(grid.columns).toEqual(['authority', 'controlled_substances', 'malpractice']);
    expect(grid.rows.map((r) => r.state.jurisdiction)).toEqual(['FL', 'NY', 'OH', 'TX']);
    const ny = grid.rows[1]!;
    expect(ny.cells.map((c) => c?.outcome ?? null)).toEqual(['met', 'missing', 'met']);
    expect(ny.cells[1]?.reasons.map((r) => r.code)).toEqual(['controlled_substances_missing']);
    expect(grid.rows[0]!.cells[1]).toBeNull();
  });
});

describe('waitAgainstStart', () => {
  const cases: [string, number | null, string, string, number, number | null][] = [
    ['a wait that ends after the start', 28, '2026-12-07', '2027-01-01', 25, 3],
    ['a wait that ends before the start', 20, '2026-12-07', '2027-01-01', 25, null],
    ['no known wait', null, '2026-12-07', '2027-01-01', 25, null],
    ['an offer already started', 10, '2026-12-07', '2026-12-01', 0, 10],
  ];
  it.each(cases)('%s', (_name, wait, today, start, days, late) => {
    const v = verdict('o1', 'acceptable_after_steps', { max_estimated_days: wait });
    expect(waitAgainstStart(v, today, start)).toEqual({ daysToStart: days, late });
  });

  it('counts calendar days across a leap day', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });
});

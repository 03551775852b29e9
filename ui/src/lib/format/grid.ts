// The offer read at a glance: a state × requirement grid, one symbol and colour per outcome,
// states ordered by severity (blocked, missing, verify, warning, met), and the days left
// before the start against the longest wait. The outcomes are the core's; this only lays
// them out.
import type { OfferVerdict, Outcome, Reason, Requirement, StateVerdict } from '../ipc';

/** Worst first. */
export const SEVERITY: Outcome[] = ['blocked', 'missing', 'verify', 'warning', 'met'];

export const SYMBOL: Record<Outcome, string> = { blocked: '✖', missing: '●', verify: '?', warning: '!', met: '✔' };

export const REQUIREMENT_LABEL: Record<Requirement, string> = {
  authority: 'Authority to practise',
  controlled_substances: 'Controlled substances',
  federal_rule: 'Federal telemedicine rule',
  malpractice: 'Malpractice',
};

const ORDER: Requirement[] = ['authority', 'controlled_substances', 'federal_rule', 'malpractice'];

export type GridCell = { requirement: Requirement; outcome: Outcome; reasons: Reason[] };
export type GridRow = { state: StateVerdict; cells: (GridCell | null)[] };
export type Grid = { columns: Requirement[]; rows: GridRow[] };

const rank = (o: Outcome) => SEVERITY.indexOf(o);

/** The grid of a verdict: the requirements judged in any state, states worst first (the
 *  offer's own order among equals). */
export function offerGrid(verdict: OfferVerdict): Grid {
  const columns = ORDER.filter((r) => verdict.states.some((s) => s.requirements.some((q) => q.requirement === r)));
  const rows = verdict.states
    .map((state, i) => ({ state, i }))
    .sort((a, b) => rank(a.state.outcome) - rank(b.state.outcome) || a.i - b.i)
    .map(({ state }) => ({
      state,
      cells: columns.map((requirement) => {
        const found = state.requirements.find((q) => q.requirement === requirement);
        if (!found) return null;
        const reasons = state.reasons.slice(found.first, found.first + found.count);
        return { requirement, outcome: found.outcome, reasons };
      }),
    }));
  return { columns, rows };
}

/** Whole days from `from` to `to` (calendar dates, "YYYY-MM-DD"). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Whether the longest known wait ends after the offer starts, and by how much. */
export function waitAgainstStart(verdict: OfferVerdict, today: string, start: string): { daysToStart: number; late: number | null } {
  const daysToStart = Math.max(0, daysBetween(today, start));
  const wait = verdict.max_estimated_days;
  return { daysToStart, late: wait !== null && wait > daysToStart ? wait - daysToStart : null };
}

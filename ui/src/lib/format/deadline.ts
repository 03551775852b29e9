// Presentation of the deadline timeline: passed deadlines first, then the next twelve months
// grouped by month. Dates are ISO calendar dates ("2027-03-31"), compared as text.
import type { DeadlineItem, DeadlineMark, Urgency } from '../ipc';

export type MonthGroup = {
  /** "2027-03". */
  key: string;
  /** "March 2027". */
  label: string;
  items: DeadlineItem[];
};

export type Timeline = {
  /** Dates already passed (lapsed credentials, missed actions, open renewal windows). */
  passed: DeadlineItem[];
  months: MonthGroup[];
  /** Deadlines due twelve months or more from today, not shown. */
  /** Due twelve months or more from today, sorted by due date. */
  beyond: DeadlineItem[];
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "March 2027" for "2027-03". */
export function monthLabel(key: string): string {
  const [year, month] = key.split('-');
  return `${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** The first day twelve months after `today` ("2026-11-26" → "2027-11-26"): deadlines due on
 *  or after it fall outside the timeline. */
export function horizon(today: string): string {
  const year = Number(today.slice(0, 4)) + 1;
  return `${String(year).padStart(4, '0')}${today.slice(4)}`;
}

/** Groups deadlines (sorted by due date, as the core returns them) into the timeline. */
export function groupTimeline(items: DeadlineItem[], today: string): Timeline {
  const end = horizon(today);
  const passed: DeadlineItem[] = [];
  const months: MonthGroup[] = [];
  const beyond: DeadlineItem[] = [];
  for (const item of items) {
    const d = item.deadline;
    if (d.days_left < 0) {
      passed.push(item);
    } else if (d.due >= end) {
      beyond.push(item);
    } else {
      const key = d.due.slice(0, 7);
      let group = months.find((m) => m.key === key);
      if (!group) {
        group = { key, label: monthLabel(key), items: [] };
        months.push(group);
      }
      group.items.push(item);
    }
  }
  months.sort((a, b) => a.key.localeCompare(b.key));
  return { passed, months, beyond };
}

const URGENCY: Record<Urgency, string> = {
  passed: 'passed',
  within_14_days: 'within 14 days',
  within_30_days: 'within 30 days',
  within_90_days: 'within 90 days',
  later: 'later',
  verify: 'verify the date',
};

export function urgencyLabel(u: Urgency): string {
  return URGENCY[u];
}

/** "in 12 days", "today", "3 days ago". */
export function daysLeftLabel(days: number): string {
  if (days === 0) return 'today';
  if (days > 0) return `in ${days} day${days === 1 ? '' : 's'}`;
  return `${-days} day${days === -1 ? '' : 's'} ago`;
}

/** `iso` plus `days` calendar days ("2026-11-26" + 7 → "2026-12-03"), in UTC so that no
 *  daylight-saving change shifts the date. */
export function addDays(iso: string, days: number): string {
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

/** "Done", "Snoozed until 2026-12-03", or null when unmarked. */
export function markLabel(mark: DeadlineMark | undefined): string | null {
  if (!mark) return null;
  return mark.mark === 'done' ? 'Done' : `Snoozed until ${mark.until}`;
}

/** Lead times as typed ("90, 30, 7, 0") → days, longest first; an error sentence otherwise. */
export function parseLeadDays(text: string, max = 730): number[] | string {
  const parts = text.split(/[\s,]+/).filter((p) => p !== '');
  const days: number[] = [];
  for (const p of parts) {
    if (!/^\d+$/.test(p)) return `"${p}" is not a whole number of days.`;
    const n = Number(p);
    if (n > max) return `Lead times can be at most ${max} days.`;
    if (!days.includes(n)) days.push(n);
  }
  return days.sort((a, b) => b - a);
}

/** Days as the settings field shows them: "90, 60, 30". */
export function leadDaysText(days: number[]): string {
  return [...days].sort((a, b) => b - a).join(', ');
}

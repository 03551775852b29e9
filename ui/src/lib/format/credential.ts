// Presentation of credentials: labels and summaries, without credential numbers.
import type { Credential, CredentialDetail } from '../ipc';
import { daysBetween } from './grid';

const KIND_LABELS: Record<CredentialDetail['kind'], string> = {
  state_license: 'State license',
  compact_privilege: 'Compact privilege',
  telehealth_registration: 'Telehealth registration',
  dea_registration: 'DEA registration',
  state_csr: 'State controlled-substance registration',
  malpractice_policy: 'Malpractice policy',
  board_certification: 'Board certification',
  imlc_loq: 'IMLC Letter of Qualification',
  caqh_attestation: 'CAQH attestation',
};

export function kindLabel(detail: CredentialDetail): string {
  return KIND_LABELS[detail.kind];
}

/** The jurisdiction or scope a credential applies to, for display. */
export function scope(detail: CredentialDetail): string {
  switch (detail.kind) {
    case 'state_license':
    case 'telehealth_registration':
    case 'dea_registration':
    case 'state_csr':
      return detail.jurisdiction;
    case 'compact_privilege':
      return `${detail.compact.toUpperCase()} · home ${detail.home_state}`;
    case 'imlc_loq':
      return `SPL ${detail.principal_state}`;
    case 'malpractice_policy':
      return detail.coverage.scope === 'nationwide'
        ? `${detail.carrier} · nationwide`
        : `${detail.carrier} · ${detail.coverage.jurisdictions.join(', ')}`;
    case 'board_certification':
      return `${detail.specialty} (${detail.body.toUpperCase()})`;
    case 'caqh_attestation':
      return 'CAQH ProView';
  }
}

/** The date the credential lapses, or a word for why it has none. */
export function expiry(detail: CredentialDetail): string {
  switch (detail.kind) {
    case 'malpractice_policy':
      return detail.period_end;
    case 'board_certification':
      return detail.time_unlimited ? 'time-unlimited' : (detail.expires ?? 'not recorded');
    case 'caqh_attestation':
      return `attested ${detail.last_attested}`;
    default:
      return detail.expires ?? 'not recorded';
  }
}

/** A status word where the kind has one. */
export function status(detail: CredentialDetail): string {
  switch (detail.kind) {
    case 'state_license':
      return detail.status;
    case 'imlc_loq':
      return detail.status;
    default:
      return '';
  }
}

/** How a list of credentials is ordered. */
export type CredentialOrder = 'kind' | 'expiry' | 'where';

export const CREDENTIAL_ORDERS: { value: CredentialOrder; label: string }[] = [
  { value: 'kind', label: 'Kind' },
  { value: 'expiry', label: 'Expiry, soonest first' },
  { value: 'where', label: 'Where / what' },
];

/** The date (YYYY-MM-DD) the credential lapses, when it has one. */
export function lapseDate(detail: CredentialDetail): string | null {
  switch (detail.kind) {
    case 'malpractice_policy':
      return detail.period_end;
    case 'board_certification':
      return detail.time_unlimited ? null : (detail.expires ?? null);
    case 'caqh_attestation':
      return null;
    default:
      return detail.expires ?? null;
  }
}

function byKind(a: Credential, b: Credential): number {
  return kindLabel(a.detail).localeCompare(kindLabel(b.detail)) || scope(a.detail).localeCompare(scope(b.detail));
}

/** Sorted copy; by expiry, credentials without a date come last. */
export function sortCredentials(list: Credential[], order: CredentialOrder = 'kind'): Credential[] {
  const sorted = [...list];
  switch (order) {
    case 'kind':
      return sorted.sort(byKind);
    case 'where':
      return sorted.sort((a, b) => scope(a.detail).localeCompare(scope(b.detail)) || byKind(a, b));
    case 'expiry':
      return sorted.sort((a, b) => {
        const x = lapseDate(a.detail);
        const y = lapseDate(b.detail);
        if (x === y) return byKind(a, b);
        if (x === null) return 1;
        if (y === null) return -1;
        return x.localeCompare(y);
      });
  }
}

/** Credentials whose kind is `kind` (all when empty) and whose kind, place, status or expiry
 * contains every word of `text`, case-insensitively. Numbers are not searched: they are
 * never shown in lists. */
export function filterCredentials(list: Credential[], text: string, kind: CredentialDetail['kind'] | '' = ''): Credential[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return list.filter((c) => {
    if (kind && c.detail.kind !== kind) return false;
    const haystack = [kindLabel(c.detail), scope(c.detail), status(c.detail), expiry(c.detail)].join(' ').toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/** The kinds present in `list`, in label order, for a filter. */
export function kindsOf(list: Credential[]): { value: CredentialDetail['kind']; label: string }[] {
  const kinds = [...new Set(list.map((c) => c.detail.kind))];
  return kinds.map((k) => ({ value: k, label: KIND_LABELS[k] })).sort((a, b) => a.label.localeCompare(b.label));
}

/** Credentials that lapsed, or lapse within this many days, are highlighted in lists. */
export const EXPIRING_WITHIN_DAYS = 90;

/** Whether a credential has lapsed or lapses soon, as of `today` (YYYY-MM-DD), with the words
 * a list shows beside its date; null when neither. */
export function expiryFlag(detail: CredentialDetail, today: string): { level: 'expired' | 'expiring'; text: string } | null {
  const date = lapseDate(detail);
  if (!date) return null;
  const days = daysBetween(today, date);
  if (Number.isNaN(days)) return null;
  if (days < 0) return { level: 'expired', text: `expired ${-days} day${days === -1 ? '' : 's'} ago` };
  if (days === 0) return { level: 'expiring', text: 'expires today' };
  if (days <= EXPIRING_WITHIN_DAYS) return { level: 'expiring', text: `expires in ${days} day${days === 1 ? '' : 's'}` };
  return null;
}

/** Today on this computer's calendar, YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

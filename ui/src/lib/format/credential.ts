// Presentation of credentials: labels and summaries, without credential numbers.
import type { Credential, CredentialDetail } from '../ipc';

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

export function sortCredentials(list: Credential[]): Credential[] {
  return [...list].sort((a, b) => kindLabel(a.detail).localeCompare(kindLabel(b.detail)) || scope(a.detail).localeCompare(scope(b.detail)));
}

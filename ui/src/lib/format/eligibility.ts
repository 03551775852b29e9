// Presentation of the IMLC: the Letter of Qualification standing as a countdown sentence, and
// where the compact reaches (with what it costs) or why a state is out of reach.
import type { ImlcMap, ImlcReach, ImlcTerms, Jurisdiction, LoqStanding } from '../ipc';
import { JURISDICTIONS } from '../forms/jurisdictions';
import { money, typicalDays } from './outcome';

export function loqCountdown(loq: LoqStanding): string {
  switch (loq.state) {
    case 'none':
      return 'No Letter of Qualification on record.';
    case 'applied':
      return `Applied through ${loq.principal_state}${loq.applied ? ` on ${loq.applied}` : ''}; not issued yet.`;
    case 'issued':
      if (loq.days_left === null || loq.expires === null) {
        return `Issued through ${loq.principal_state}; its expiry is not recorded: verify it.`;
      }
      return loq.days_left === 0
        ? `Issued through ${loq.principal_state}; today (${loq.expires}) is its last valid day.`
        : `Issued through ${loq.principal_state}; valid ${loq.days_left} more day${loq.days_left === 1 ? '' : 's'}, through ${loq.expires}.`;
    case 'expired':
      return `Expired on ${loq.expired} (issued through ${loq.principal_state}): a new application is needed.`;
  }
}

/** The jurisdictions the IMLC reaches today, and the others grouped by why not. */
export function reachGroups(map: ImlcMap): {
  reachable: ImlcReach[];
  notIssuing: Jurisdiction[];
  notMembers: Jurisdiction[];
  unknown: Jurisdiction[];
} {
  const codes = (pick: (r: ImlcReach) => boolean) => map.states.filter(pick).map((r) => r.jurisdiction);
  const name = (j: Jurisdiction) => JURISDICTIONS.find((x) => x.code === j)?.name ?? j;
  return {
    reachable: map.states
      .filter((r) => r.status === 'member' || r.status === 'member_not_principal')
      .sort((a, b) => name(a.jurisdiction).localeCompare(name(b.jurisdiction))),
    notIssuing: codes((r) => r.status === 'enacted_not_implemented'),
    notMembers: codes((r) => r.status === 'not_member'),
    unknown: codes((r) => r.status === null),
  };
}

/** What a license through the compact costs everywhere, in one sentence. */
export function loqTerms(terms: ImlcTerms): string {
  const fee = terms.loq_fee_usd === null ? 'a fee not recorded here' : money(terms.loq_fee_usd);
  const validity = terms.loq_validity_days === null ? '' : `, valid ${terms.loq_validity_days} days`;
  return `The Letter of Qualification costs ${fee}${validity}, once for every state chosen while it is valid; each state then charges its own license fee. Time: ${typicalDays(terms.typical_days)}.`;
}

/** A state's fee for a license through the compact, or what can be compared with when that
 * fee is not recorded. */
export function stateFee(r: ImlcReach): string {
  if (r.state_fee_usd !== null) return money(r.state_fee_usd);
  if (r.full_license_fee_usd !== null) {
    return `compact fee not recorded; a full license there costs ${money(r.full_license_fee_usd)}`;
  }
  return 'not recorded: ask the board';
}

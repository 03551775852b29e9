// Presentation of the IMLC Letter of Qualification standing as a countdown sentence.
import type { LoqStanding } from '../ipc';

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

// Presentation of offers: filtering by verdict and sorting by start date or pay. Pay is free
// text ("$180/h", "$260k/yr"); sorting compares a yearly estimate (2,080 working hours a
// year for hourly pay) and puts pay it cannot read last.
import type { JudgedOffer, OfferOutcome } from '../ipc';

export type OfferSort = 'start' | 'pay';
export type OfferFilter = OfferOutcome | 'all';

const HOURS_PER_YEAR = 2080;

/** A yearly amount in dollars read from free-text pay, or null when none can be read. */
export function yearlyPay(pay: string): number | null {
  const m = /\$?\s*(\d[\d,]*(?:\.\d+)?)\s*(k)?/i.exec(pay);
  if (!m || m[1] === undefined) return null;
  let amount = Number(m[1].replaceAll(',', ''));
  if (!Number.isFinite(amount)) return null;
  if (m[2]) amount *= 1000;
  const rest = pay.slice(m.index + m[0].length).toLowerCase();
  if (/^\s*(\/|per|an|a)?\s*(h|hr|hour)/.test(rest)) amount *= HOURS_PER_YEAR;
  return amount;
}

export function filterOffers(list: JudgedOffer[], filter: OfferFilter): JudgedOffer[] {
  return filter === 'all' ? list : list.filter((o) => o.verdict.outcome === filter);
}

/** Start date ascending, or pay descending (unreadable pay last); ties keep store order. */
export function sortOffers(list: JudgedOffer[], by: OfferSort): JudgedOffer[] {
  const indexed = list.map((o, i) => ({ o, i }));
  indexed.sort((a, b) => {
    if (by === 'start') return a.o.offer.start.localeCompare(b.o.offer.start) || a.i - b.i;
    const pa = yearlyPay(a.o.offer.pay);
    const pb = yearlyPay(b.o.offer.pay);
    if (pa === pb) return a.i - b.i;
    if (pa === null) return 1;
    if (pb === null) return -1;
    return pb - pa || a.i - b.i;
  });
  return indexed.map(({ o }) => o);
}

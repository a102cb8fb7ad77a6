/**
 * A legal document's validity status as a reader must see it: the one place it is derived. The badge,
 * the page's banner, JSON-LD, the status facet pages, search metadata, open data and the feeds all read
 * `validity()`, evaluated at one date (the build's day in Việt Nam, passed in).
 *
 * The status an editor records is what was checked on `statusCheckedOn`; dates recorded with it can move it
 * on without a new check, and only in the direction the dates say:
 * - "in force" (or "partly in force") whose end of effect has come is no longer in force;
 * - "in force" whose effective date has not come is not yet in force;
 * - "not yet in force" whose effective date has come is in force.
 * A status awaiting verification, suspended, or no longer in force stays as recorded: nothing is inferred
 * from dates that an editor has not confirmed with a status.
 */
import type { Status } from '../../schemas/legal.vocab.ts';

export type Badge = 'in-force' | 'partly' | 'no-longer' | 'not-yet' | 'suspended' | 'awaiting';

export interface Validity {
  /** The status to show. */
  status: Status;
  /** The status as recorded in the content file (differs from `status` when a recorded date has passed). */
  recorded: Status;
  badge: Badge;
  /** When the recorded status was last checked against an official source. */
  checkedOn: string;
  /** The date from which `status` holds, when a recorded date says so (effective date or end of effect). */
  since?: string;
  /** No end of effect is expected (in force or not yet in force, with none recorded): the page says "not applicable". */
  noExpiryExpected: boolean;
}

export interface StatusFacts {
  status: Status;
  statusCheckedOn: string;
  effective?: string;
  expiry?: string;
}

const badgeOf: Record<Status, Badge> = {
  'con-hieu-luc': 'in-force',
  'het-hieu-luc-mot-phan': 'partly',
  'het-hieu-luc-toan-bo': 'no-longer',
  'chua-co-hieu-luc': 'not-yet',
  'ngung-hieu-luc': 'suspended',
  'chua-xac-dinh': 'awaiting',
};

/** The status on `today` (YYYY-MM-DD, Việt Nam time). A document is in force on its effective day and no longer on its end day. */
export function validity(d: StatusFacts, today: string): Validity {
  let status = d.status;
  let since: string | undefined;
  // Stryker disable next-line ConditionalExpression: `undefined <= '2026-11-30'` is false, so dropping the undefined check changes nothing; it is there for the type checker and the reader
  const expired = d.expiry !== undefined && d.expiry <= today;
  // Stryker disable next-line ConditionalExpression: as above, for the effective date
  const started = d.effective !== undefined && d.effective <= today;
  if ((status === 'con-hieu-luc' || status === 'het-hieu-luc-mot-phan' || status === 'chua-co-hieu-luc') && expired) {
    status = 'het-hieu-luc-toan-bo';
    since = d.expiry;
  } else if (status === 'con-hieu-luc' && d.effective !== undefined && !started) {
    status = 'chua-co-hieu-luc';
  } else if (status === 'chua-co-hieu-luc' && started) {
    status = 'con-hieu-luc';
    since = d.effective;
  } else if (status === 'het-hieu-luc-toan-bo') {
    since = d.expiry;
  } else if (status === 'con-hieu-luc' || status === 'chua-co-hieu-luc') {
    since = d.effective;
  }
  return {
    status,
    recorded: d.status,
    badge: badgeOf[status],
    checkedOn: d.statusCheckedOn,
    ...(since ? { since } : {}),
    noExpiryExpected: (status === 'con-hieu-luc' || status === 'chua-co-hieu-luc') && d.expiry === undefined,
  };
}

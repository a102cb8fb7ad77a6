/**
 * The status badge of a legal document: what a reader needs to know at a glance. A status that has
 * not been verified is shown as such, never as a fact.
 */
import type { Status } from '../schemas/vocabulary.ts';

export type Badge = 'in-force' | 'partly' | 'no-longer' | 'not-yet' | 'suspended' | 'awaiting';

export interface DocumentStatus {
  badge: Badge;
  status: Status;
  checkedOn: string;
}

const badgeOf: Record<Status, Badge> = {
  'con-hieu-luc': 'in-force',
  'het-hieu-luc-mot-phan': 'partly',
  'het-hieu-luc-toan-bo': 'no-longer',
  'chua-co-hieu-luc': 'not-yet',
  'ngung-hieu-luc': 'suspended',
  'chua-xac-dinh': 'awaiting',
};

/**
 * "In force" from a date that has not come yet is shown as "not yet in force" (today in Việt Nam),
 * so a page built before the date stays right on the day it is read only if rebuilt; the checked
 * date beside the badge tells the reader how fresh the status is.
 */
export function documentStatus(
  d: { status: Status; statusCheckedOn: string; effective?: string },
  today: string,
): DocumentStatus {
  let status = d.status;
  if (status === 'con-hieu-luc' && d.effective && d.effective > today) status = 'chua-co-hieu-luc';
  return { badge: badgeOf[status], status, checkedOn: d.statusCheckedOn };
}

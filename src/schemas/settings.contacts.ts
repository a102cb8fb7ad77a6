/**
 * Which of the Authority's contact details may be published as fact. A detail not listed in the settings'
 * `confirmedContacts` is a sample value: pages show it with its flag, machine-readable outputs (JSON-LD,
 * open data) leave it out.
 */
import { contactFields, type ContactField, type SiteSettings } from './settings.ts';

type ContactSettings = Pick<SiteSettings, ContactField> & { confirmedContacts?: readonly ContactField[] };

export function isConfirmed(s: ContactSettings, field: ContactField): boolean {
  return (s.confirmedContacts ?? []).includes(field);
}

/** The value when it is confirmed, otherwise undefined: for outputs that cannot carry a flag. */
export function confirmedValue(s: ContactSettings, field: ContactField): string | undefined {
  return isConfirmed(s, field) ? s[field] : undefined;
}

/** Every published contact detail that is still a sample value. */
export function unconfirmedContacts(s: ContactSettings): { field: ContactField; value: string }[] {
  return contactFields.filter((f) => !isConfirmed(s, f)).map((field) => ({ field, value: s[field] }));
}

/**
 * The forms in which a value can appear in text: as written, and for a telephone number its digits alone
 * (as in a tel: link). Hours are several lines; each line is looked for.
 */
export function searchForms(field: ContactField, value: string): string[] {
  if (field === 'hours') return value.split('\n').map((l) => l.trim()).filter((l) => l.length > 8);
  if (field === 'hotline' || field === 'phone') return [value, value.replace(/[^\d+]/g, '')];
  return [value];
}

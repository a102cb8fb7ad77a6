/**
 * Verification rules of the content gate. One refuses: content that writes out one of the Authority's
 * unconfirmed contact details (site settings, `confirmedContacts`) without its "sample value" flag. The others
 * warn, listed on every build without failing it: a source a reader cannot follow (no URL, no Official
 * Gazette reference) and a status or procedure check older than 180 days. Runtime-neutral.
 */
import { searchForms, unconfirmedContacts } from './settings.contacts.ts';
import type { ContentProblem, GateEntry } from './problems.ts';
import { contactFieldLabels, type SiteSettings } from './settings.ts';

/** A status or procedure check older than this is due again. */
export const STALE_AFTER_DAYS = 180;

/** Whole days from one YYYY-MM-DD to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

type Source = { title: string; url?: string; reference?: string };
/** Any entry with a collection name and its front matter. */
type Entry = Pick<GateEntry, 'file' | 'data'> & { collection: string; body?: string };

export const sourcesOf = (e: Entry) => (e.data.sources as Source[] | undefined) ?? [];
export const checkedOnOf = (e: Entry) =>
  e.collection === 'legal' ? { field: 'statusCheckedOn', date: e.data.statusCheckedOn as string } : e.collection === 'procedures' ? { field: 'checkedOn', date: e.data.checkedOn as string } : undefined;

/** Warnings of the content gate: listed on every build, never failing it. */
export function gateWarnings(entries: Entry[], today: string): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  for (const e of entries) {
    sourcesOf(e).forEach((s, i) => {
      if (!s.url && !s.reference) {
        warnings.push({ file: e.file, field: `sources[${i}]`, message: `“${s.title}” has no URL and no Official Gazette reference: a reader cannot follow it` });
      }
    });
    const checked = checkedOnOf(e);
    if (checked?.date && daysBetween(checked.date, today) > STALE_AFTER_DAYS) {
      warnings.push({ file: e.file, field: checked.field, message: `last checked ${checked.date}, ${daysBetween(checked.date, today)} days ago (more than ${STALE_AFTER_DAYS}): check it again` });
    }
  }
  return warnings;
}

/** Every string of a front matter, with its field path (relations[0].note). */
function stringsOf(value: unknown, path = ''): { field: string; text: string }[] {
  if (typeof value === 'string') return [{ field: path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsOf(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringsOf(v, path ? `${path}.${k}` : k));
  return [];
}

/** The flag that must follow a sample value written into content: "(giá trị mẫu …)" or "(sample value …)". */
const FLAG = /^\s*\((?:giá trị mẫu|sample value)/iu;

/**
 * A gate rule: content that writes out one of the Authority's unconfirmed contact details (an address, a
 * telephone number, the e-mail) must flag it right after, as the pages do.
 */
export function sampleValueProblems(entries: Entry[]): ContentProblem[] {
  const samples = entries
    .filter((e) => e.collection === 'settings')
    .flatMap((e) => unconfirmedContacts(e.data as unknown as SiteSettings))
    .filter((s) => s.field !== 'hours')
    .flatMap((s) => searchForms(s.field, s.value).map((form) => ({ ...s, form })))
    .filter((s) => s.form.length >= 6);
  const problems: ContentProblem[] = [];
  for (const e of entries) {
    if (e.collection === 'settings') continue;
    const texts = [...stringsOf(e.data), ...(e.body ? [{ field: 'body', text: e.body }] : [])];
    for (const { field, text } of texts) {
      for (const s of samples) {
        let at = text.indexOf(s.form);
        while (at >= 0) {
          if (!FLAG.test(text.slice(at + s.form.length))) {
            problems.push({
              file: e.file,
              field,
              message: `shows the sample ${contactFieldLabels[s.field].en.toLowerCase()} “${s.form}” without its flag: write “(giá trị mẫu)” / “(sample value)” right after it, or confirm it in the site settings (confirmedContacts)`,
            });
            break;
          }
          at = text.indexOf(s.form, at + s.form.length);
        }
      }
    }
  }
  return problems;
}

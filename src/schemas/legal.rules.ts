/**
 * Rules of the legal library that a schema alone cannot say: dates in order, checks not in the future,
 * numbers unique, no relation to itself, relations and change-note dates equal in both languages, and the
 * newest change note not older than the documents acting on this one (see newestNoteProblems).
 */
import type { ContentProblem, GateEntry, Rule } from './problems.ts';
import { todayInVietnam } from '../lib/formatDate.ts';
import { changeNoteProblems, newestNoteProblems } from './changes.rules.ts';

/**
 * What makes a document number unique. Numbers that carry their year (61/2018/NĐ-CP) are unique as
 * written; numbers without one (13/CT-TTg) restart every year, so the year of issue is part of the key:
 * 13/CT-TTg of 2015 and 13/CT-TTg of 2024 are different directives.
 */
export function documentKey(number: string, issued: string): string {
  const n = number.normalize('NFC').toUpperCase();
  return /\/\d{4}\//.test(n) ? n : `${n}@${issued.slice(0, 4)}`;
}

export const legalRules: Rule = (entries) => {
  const problems: ContentProblem[] = [];
  const today = todayInVietnam();
  const seen = new Map<string, GateEntry>();
  for (const e of entries) {
    const d = e.data as {
      number: string;
      issued: string;
      effective?: string;
      expiry?: string;
      statusCheckedOn: string;
      relations?: { type: string; target: string }[];
    };
    if (d.effective && d.effective < d.issued) {
      problems.push({ file: e.file, field: 'effective', message: `the effective date ${d.effective} is before the date of issue ${d.issued}` });
    }
    if (d.expiry && d.expiry < (d.effective ?? d.issued)) {
      problems.push({ file: e.file, field: 'expiry', message: `the end of effect ${d.expiry} is before the document took effect` });
    }
    if (d.statusCheckedOn > today) {
      problems.push({ file: e.file, field: 'statusCheckedOn', message: `${d.statusCheckedOn} is in the future: the status cannot have been checked then` });
    }
    if (d.statusCheckedOn < d.issued) {
      problems.push({ file: e.file, field: 'statusCheckedOn', message: `${d.statusCheckedOn} is before the document was issued` });
    }
    if (d.issued > today) {
      problems.push({ file: e.file, field: 'issued', message: `${d.issued} is in the future` });
    }
    d.relations?.forEach((r, i) => {
      if (r.target === e.slug) problems.push({ file: e.file, field: `relations[${i}].target`, message: 'a document cannot relate to itself' });
    });
    const key = `${e.lang}:${documentKey(d.number, d.issued)}`;
    const first = seen.get(key);
    if (first) {
      problems.push({ file: e.file, field: 'number', message: `the number ${d.number} is already used by ${first.file}` });
    } else {
      seen.set(key, e);
    }
  }
  problems.push(...changeNoteProblems(entries, today, (e) => e.data.issued as string));
  problems.push(...newestNoteProblems(entries, today));
  // Relations are translated only in their notes: type and target must match the Vietnamese original.
  const vi = new Map(entries.filter((e) => e.lang === 'vi').map((e) => [e.slug, e]));
  for (const e of entries.filter((x) => x.lang === 'en')) {
    const original = vi.get(e.slug);
    if (!original) continue;
    const pairs = (x: GateEntry) => JSON.stringify(((x.data.relations as { type: string; target: string }[] | undefined) ?? []).map((r) => [r.type, r.target]));
    if (pairs(e) !== pairs(original)) {
      problems.push({ file: e.file, field: 'relations', message: `the relations (type and target) differ from the Vietnamese original ${original.file}` });
    }
  }
  return problems;
};


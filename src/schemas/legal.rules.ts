/**
 * Rules of the legal library that a schema alone cannot say: dates in order, checks not in the future,
 * numbers unique, no relation to itself, relations and change-note dates equal in both languages, and the
 * newest change note not older than the documents acting on this one (see newestNoteProblems).
 */
import type { ContentProblem, GateEntry, Rule } from './problems.ts';
import { todayInVietnam } from '../lib/formatDate.ts';
import { changeNoteProblems, newestNoteProblems, withdrawalProblems } from './changes.rules.ts';

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
      problems.push({ file: e.file, field: 'effective', message: `the effective date ${d.effective} is before the date of issue ${d.issued}`, vi: 'Ngày có hiệu lực trước ngày ban hành.' });
    }
    if (d.expiry && d.expiry < (d.effective ?? d.issued)) {
      problems.push({ file: e.file, field: 'expiry', message: `the end of effect ${d.expiry} is before the document took effect`, vi: 'Ngày hết hiệu lực trước ngày văn bản có hiệu lực.' });
    }
    if (d.statusCheckedOn > today) {
      problems.push({ file: e.file, field: 'statusCheckedOn', message: `${d.statusCheckedOn} is in the future: the status cannot have been checked then`, vi: 'Ngày kiểm tra ở tương lai: chưa thể kiểm tra vào ngày đó.' });
    }
    if (d.statusCheckedOn < d.issued) {
      problems.push({ file: e.file, field: 'statusCheckedOn', message: `${d.statusCheckedOn} is before the document was issued`, vi: 'Ngày kiểm tra trước ngày ban hành.' });
    }
    if (d.issued > today) {
      problems.push({ file: e.file, field: 'issued', message: `${d.issued} is in the future`, vi: 'Ngày ban hành ở tương lai.' });
    }
    d.relations?.forEach((r, i) => {
      if (r.target === e.slug) problems.push({ file: e.file, field: `relations[${i}].target`, message: 'a document cannot relate to itself', vi: 'Văn bản không thể liên quan tới chính nó.' });
    });
    const key = `${e.lang}:${documentKey(d.number, d.issued)}`;
    const first = seen.get(key);
    if (first) {
      problems.push({ file: e.file, field: 'number', message: `the number ${d.number} is already used by ${first.file}`, vi: `Số ký hiệu ${d.number} đã có (${first.file}).` });
    } else {
      seen.set(key, e);
    }
  }
  problems.push(...changeNoteProblems(entries, today, (e) => e.data.issued as string));
  problems.push(...withdrawalProblems(entries, today, (e) => e.data.issued as string));
  // Relations run from the acting document to an older one: a chain that comes back is a mistake.
  const edges = new Map<string, string[]>();
  for (const e of entries.filter((x) => x.lang === 'vi')) {
    // Stryker disable next-line ArrayDeclaration: a stand-in element has no target: an edge to no document leads nowhere
    edges.set(e.slug, ((e.data.relations as { target: string }[] | undefined) ?? []).map((r) => r.target));
  }
  const reaches = (from: string, to: string): boolean => {
    const seenSlugs = new Set<string>();
    const stack = [from];
    while (stack.length) {
      const slug = stack.pop()!;
      if (slug === to) return true;
      if (seenSlugs.has(slug)) continue;
      seenSlugs.add(slug);
      // Stryker disable next-line ArrayDeclaration: a slug without edges is no Vietnamese document; a stand-in leads nowhere either
      stack.push(...(edges.get(slug) ?? []));
    }
    return false;
  };
  for (const e of entries.filter((x) => x.lang === 'vi')) {
    // Stryker disable next-line ArrayDeclaration: a stand-in element has no target, so it is never reported
    ((e.data.relations as { target: string }[] | undefined) ?? []).forEach((r, i) => {
      if (r.target !== e.slug && reaches(r.target, e.slug)) {
        problems.push({
          file: e.file,
          field: `relations[${i}].target`,
          message: `${r.target} relates back to this document: relations must not form a cycle`,
          vi: `Văn bản ${r.target} lại liên quan ngược về văn bản này: quan hệ không được tạo thành vòng.`,
        });
      }
    });
  }
  problems.push(...newestNoteProblems(entries, today));
  // Relations are translated only in their notes: type and target must match the Vietnamese original.
  const vi = new Map(entries.filter((e) => e.lang === 'vi').map((e) => [e.slug, e]));
  for (const e of entries.filter((x) => x.lang === 'en')) {
    const original = vi.get(e.slug);
    if (!original) continue;
    const pairs = (x: GateEntry) => JSON.stringify(((x.data.relations as { type: string; target: string }[] | undefined) ?? []).map((r) => [r.type, r.target]));
    if (pairs(e) !== pairs(original)) {
      problems.push({ file: e.file, field: 'relations', message: `the relations (type and target) differ from the Vietnamese original ${original.file}`, vi: 'Quan hệ (loại và văn bản) khác với bản tiếng Việt.' });
    }
  }
  return problems;
};


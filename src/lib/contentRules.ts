/**
 * Rules that a schema alone cannot say: they compare fields, files, or today's date.
 * One function per collection; each receives the collection's entries that passed their schema.
 */
import type { ContentProblem, GateEntry } from './gateChecks.ts';
import { todayInVietnam } from './formatDate.ts';
import { documentKey } from './documentKey.ts';

type Rule = (entries: GateEntry[]) => ContentProblem[];

type ChangeNote = { date: string; note: string };

/**
 * Change notes: newest first, none in the future, none before `notBefore` (a page cannot have changed
 * before what it describes existed), and the same dates in both languages (the notes are translated).
 */
function changeNoteProblems(entries: GateEntry[], today: string, notBefore: (e: GateEntry) => string | undefined): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const notesOf = (e: GateEntry) => (e.data.changes as ChangeNote[] | undefined) ?? [];
  for (const e of entries) {
    const floor = notBefore(e);
    notesOf(e).forEach((n, i, all) => {
      const field = `changes[${i}].date`;
      if (n.date > today) problems.push({ file: e.file, field, message: `${n.date} is in the future: a change is noted on the day it is made`, vi: 'Ngày cập nhật ở tương lai: ghi ngày thay đổi được thực hiện.' });
      if (floor && n.date < floor) problems.push({ file: e.file, field, message: `${n.date} is before ${floor}, the date the page's subject came to be`, vi: `Ngày cập nhật trước ngày ${floor}, khi văn bản chưa có.` });
      const newer = all[i - 1];
      if (newer && n.date > newer.date) problems.push({ file: e.file, field, message: `${n.date} is newer than the note above it (${newer.date}): list the newest change first`, vi: 'Mới hơn dòng phía trên: ghi thay đổi mới nhất lên đầu.' });
    });
  }
  const vi = new Map(entries.filter((e) => e.lang === 'vi').map((e) => [e.slug, e]));
  for (const e of entries.filter((x) => x.lang === 'en')) {
    const original = vi.get(e.slug);
    if (!original) continue;
    const dates = (x: GateEntry) => notesOf(x).map((n) => n.date).join(', ');
    if (dates(e) !== dates(original)) {
      problems.push({ file: e.file, field: 'changes', message: `the dates of the change notes (${dates(e)}) differ from the Vietnamese original ${original.file} (${dates(original)})`, vi: 'Ngày của các dòng cập nhật khác với bản tiếng Việt.' });
    }
  }
  return problems;
}

/** A withdrawn page names its date and its reason; the date is not in the future nor before `notBefore`. */
function withdrawalProblems(entries: GateEntry[], today: string, notBefore: (e: GateEntry) => string | undefined): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const e of entries) {
    const { withdrawnOn, withdrawnReason } = e.data as { withdrawnOn?: string; withdrawnReason?: string };
    if (withdrawnOn && !withdrawnReason) {
      problems.push({ file: e.file, field: 'withdrawnReason', message: 'a withdrawn page needs the reason for its withdrawal', vi: 'Trang đã gỡ cần ghi lý do gỡ bỏ.' });
    }
    if (withdrawnReason && !withdrawnOn) {
      problems.push({ file: e.file, field: 'withdrawnOn', message: 'a reason for withdrawal is given without the date', vi: 'Có lý do gỡ bỏ nhưng chưa có ngày gỡ.' });
    }
    if (withdrawnOn && withdrawnOn > today) {
      problems.push({ file: e.file, field: 'withdrawnOn', message: `${withdrawnOn} is in the future`, vi: 'Ngày gỡ bỏ ở tương lai.' });
    }
    const floor = notBefore(e);
    if (withdrawnOn && floor && withdrawnOn < floor) {
      problems.push({ file: e.file, field: 'withdrawnOn', message: `${withdrawnOn} is before ${floor}`, vi: `Ngày gỡ bỏ trước ngày ${floor}.` });
    }
  }
  return problems;
}

const legal: Rule = (entries) => {
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
      stack.push(...(edges.get(slug) ?? []));
    }
    return false;
  };
  for (const e of entries.filter((x) => x.lang === 'vi')) {
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

const procedures: Rule = (entries) => {
  const problems: ContentProblem[] = [];
  const today = todayInVietnam();
  type Ch = { kind: string; timeLimit?: number; timeUnit?: string; fee?: number };
  type P = { code?: string; checkedOn: string; channels: Ch[]; dossier: { copies?: number }[]; legalBasis?: { document: string }[] };
  const codes = new Map<string, GateEntry>();
  for (const e of entries) {
    const d = e.data as P;
    d.channels.forEach((c, i) => {
      if (c.timeLimit !== undefined && c.timeUnit === undefined) {
        problems.push({ file: e.file, field: `channels[${i}].timeUnit`, message: 'a time limit needs its unit (working days, days or hours)', vi: 'Thời hạn cần có đơn vị (ngày làm việc, ngày hoặc giờ).' });
      }
      if (c.timeUnit !== undefined && c.timeLimit === undefined) {
        problems.push({ file: e.file, field: `channels[${i}].timeLimit`, message: 'a unit is given without the number of the time limit', vi: 'Có đơn vị nhưng chưa có số của thời hạn.' });
      }
      const twice = d.channels.findIndex((x) => x.kind === c.kind);
      if (twice !== i) problems.push({ file: e.file, field: `channels[${i}].kind`, message: `the way "${c.kind}" is listed twice`, vi: 'Cách thực hiện này đã có ở trên.' });
    });
    d.legalBasis?.forEach((b, i) => {
      if (d.legalBasis!.findIndex((x) => x.document === b.document) !== i) {
        problems.push({ file: e.file, field: `legalBasis[${i}].document`, message: `"${b.document}" is cited twice`, vi: 'Văn bản này đã được dẫn ở trên.' });
      }
    });
    if (d.checkedOn > today) problems.push({ file: e.file, field: 'checkedOn', message: `${d.checkedOn} is in the future`, vi: 'Ngày kiểm tra ở tương lai.' });
    if (d.code) {
      const key = `${e.lang}:${d.code}`;
      const first = codes.get(key);
      if (first) problems.push({ file: e.file, field: 'code', message: `the code ${d.code} is already used by ${first.file}`, vi: `Mã ${d.code} đã có (${first.file}).` });
      else codes.set(key, e);
    }
  }
  problems.push(...changeNoteProblems(entries, today, () => undefined));
  problems.push(...withdrawalProblems(entries, today, () => undefined));
  // Lists are translated only in their text: ways, time limits, fees, copies and cited documents are facts.
  const facts = (x: GateEntry) => {
    const d = x.data as P;
    return {
      channels: d.channels.map((c) => [c.kind, c.timeLimit ?? null, c.timeUnit ?? null, c.fee ?? null]),
      dossier: d.dossier.map((item) => item.copies ?? null),
      legalBasis: (d.legalBasis ?? []).map((b) => b.document),
    };
  };
  const vi = new Map(entries.filter((e) => e.lang === 'vi').map((e) => [e.slug, e]));
  for (const e of entries.filter((x) => x.lang === 'en')) {
    const original = vi.get(e.slug);
    if (!original) continue;
    const [a, b] = [facts(original), facts(e)];
    for (const key of Object.keys(a) as (keyof typeof a)[]) {
      if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) {
        const what = { channels: 'ways, time limits and fees', dossier: 'dossier items and their copies', legalBasis: 'cited documents' }[key];
        problems.push({ file: e.file, field: key, message: `the ${what} differ from the Vietnamese original ${original.file}`, vi: 'Khác với bản tiếng Việt; thông tin này phải giống nhau ở hai ngôn ngữ.' });
      }
    }
  }
  return problems;
};

// issue 3 (content): news, programme, events
/** Path segments of the news section that a news slug must not take (pagination and tag pages). */
export const reservedNewsSlugs = ['trang', 'page', 'chu-de', 'tag', 'rss'];

const news: Rule = (entries) =>
  entries
    .filter((e) => reservedNewsSlugs.includes(e.slug))
    .map((e) => ({ file: e.file, message: `the file name "${e.slug}" is reserved for pages of the news section; choose another`, vi: 'Tên tệp này dành cho trang của mục Tin tức; hãy đổi tên khác.' }));

/** The figures of each target (keys, values, units, dates) must be the same in both languages. */
const programme: Rule = (entries) => {
  const problems: ContentProblem[] = [];
  const figures = (e: GateEntry) =>
    ((e.data.targets as Record<string, unknown>[] | undefined) ?? []).map(({ id, kind, target, unit, reached, asOf }) => ({ id, kind, target, unit, reached, asOf }));
  const vi = new Map(entries.filter((e) => e.lang === 'vi').map((e) => [e.slug, e]));
  for (const e of entries) {
    const ids = new Set<unknown>();
    (e.data.targets as { id: string }[]).forEach((t, i) => {
      if (ids.has(t.id)) problems.push({ file: e.file, field: `targets[${i}].id`, message: `the key "${t.id}" is used twice`, vi: 'Mã này đã dùng ở trên.' });
      ids.add(t.id);
    });
    const original = e.lang === 'en' ? vi.get(e.slug) : undefined;
    if (!original) continue;
    const a = figures(original);
    const b = figures(e);
    if (a.length !== b.length) {
      problems.push({ file: e.file, field: 'targets', message: `has ${b.length} targets; the Vietnamese original ${original.file} has ${a.length}`, vi: `Có ${b.length} chỉ tiêu; bản tiếng Việt có ${a.length}.` });
      continue;
    }
    b.forEach((t, i) => {
      if (JSON.stringify(t) !== JSON.stringify(a[i])) {
        problems.push({ file: e.file, field: `targets[${i}]`, message: `key, kind, target, unit, value reached or date differ from the Vietnamese original ${original.file}`, vi: 'Số liệu khác với bản tiếng Việt.' });
      }
    });
  }
  return problems;
};

/** Rules per collection name; collections without cross-field rules are absent. */
export const collectionRules: Partial<Record<string, Rule>> = { legal, procedures, news, programme };

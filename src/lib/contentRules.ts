/**
 * Rules that a schema alone cannot say: they compare fields, files, or today's date.
 * One function per collection; each receives the collection's entries that passed their schema.
 */
import type { ContentProblem, GateEntry } from './contentGate.ts';
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
      if (n.date > today) problems.push({ file: e.file, field, message: `${n.date} is in the future: a change is noted on the day it is made` });
      if (floor && n.date < floor) problems.push({ file: e.file, field, message: `${n.date} is before ${floor}, the date the page's subject came to be` });
      const newer = all[i - 1];
      if (newer && n.date > newer.date) problems.push({ file: e.file, field, message: `${n.date} is newer than the note above it (${newer.date}): list the newest change first` });
    });
  }
  const vi = new Map(entries.filter((e) => e.lang === 'vi').map((e) => [e.slug, e]));
  for (const e of entries.filter((x) => x.lang === 'en')) {
    const original = vi.get(e.slug);
    if (!original) continue;
    const dates = (x: GateEntry) => notesOf(x).map((n) => n.date).join(', ');
    if (dates(e) !== dates(original)) {
      problems.push({ file: e.file, field: 'changes', message: `the dates of the change notes (${dates(e)}) differ from the Vietnamese original ${original.file} (${dates(original)})` });
    }
  }
  return problems;
}

/** Relations that change what a document is (its text, its force): the target's page changed in substance when one was made. */
const lifecycleRelations = new Set(['huong-dan', 'sua-doi-bo-sung', 'thay-the', 'bai-bo', 'bai-bo-mot-phan', 'dinh-chi']);

/**
 * "The newest change note is not older than the page's other dates", in the two forms that can be checked.
 *
 * A hard rule compares only dates that are never in the future (the gate refuses a future date of issue or
 * note), so it can never start failing an unchanged repository as time passes: the newest note must not be
 * older than the date of issue of any document that guides, amends, replaces, repeals or suspends this one —
 * a page published before that act existed and not noted since has changed without a note.
 *
 * Effective dates and ends of effect may be announced ahead: a note written before them is right, and the
 * day they pass cannot make a repository wrong. So those give a warning (reported, never fatal): the document
 * took effect or ceased after its newest note — re-check the status and add a note if it changed.
 */
function newestNoteProblems(entries: GateEntry[], today: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  type D = { number: string; issued: string; effective?: string; expiry?: string; changes?: ChangeNote[]; relations?: { type: string; target: string }[] };
  for (const lang of new Set(entries.map((e) => e.lang))) {
    const same = entries.filter((e) => e.lang === lang);
    const bySlug = new Map(same.map((e) => [e.slug, e]));
    const actingOn = new Map<string, { by: GateEntry; type: string }[]>();
    for (const e of same) {
      for (const r of (e.data as D).relations ?? []) {
        if (lifecycleRelations.has(r.type)) actingOn.set(r.target, [...(actingOn.get(r.target) ?? []), { by: e, type: r.type }]);
      }
    }
    for (const e of same) {
      const d = e.data as D;
      const newest = d.changes?.[0]?.date;
      if (!newest) continue;
      for (const { by, type } of actingOn.get(e.slug) ?? []) {
        const act = by.data as D;
        if (bySlug.has(by.slug) && act.issued > newest) {
          problems.push({
            file: e.file,
            field: 'changes[0].date',
            message: `the newest change note (${newest}) is older than ${act.issued}, when ${act.number} (${by.file}, relation "${type}") was issued: add a note saying what it changed`,
          });
        }
      }
      for (const [field, what] of [['effective', 'took effect'], ['expiry', 'ceased to be in force']] as const) {
        const when = d[field];
        if (when && when <= today && when > newest) {
          problems.push({
            file: e.file,
            field,
            severity: 'warning',
            message: `the document ${what} on ${when}, after its newest change note (${newest}): check its status and add a note if it changed`,
          });
        }
      }
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
        problems.push({ file: e.file, field: `channels[${i}].timeUnit`, message: 'a time limit needs its unit (working days, days or hours)' });
      }
      if (c.timeUnit !== undefined && c.timeLimit === undefined) {
        problems.push({ file: e.file, field: `channels[${i}].timeLimit`, message: 'a unit is given without the number of the time limit' });
      }
      const twice = d.channels.findIndex((x) => x.kind === c.kind);
      if (twice !== i) problems.push({ file: e.file, field: `channels[${i}].kind`, message: `the way "${c.kind}" is listed twice` });
    });
    d.legalBasis?.forEach((b, i) => {
      if (d.legalBasis!.findIndex((x) => x.document === b.document) !== i) {
        problems.push({ file: e.file, field: `legalBasis[${i}].document`, message: `"${b.document}" is cited twice` });
      }
    });
    if (d.checkedOn > today) problems.push({ file: e.file, field: 'checkedOn', message: `${d.checkedOn} is in the future` });
    if (d.code) {
      const key = `${e.lang}:${d.code}`;
      const first = codes.get(key);
      if (first) problems.push({ file: e.file, field: 'code', message: `the code ${d.code} is already used by ${first.file}` });
      else codes.set(key, e);
    }
  }
  problems.push(...changeNoteProblems(entries, today, () => undefined));
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
        problems.push({ file: e.file, field: key, message: `the ${what} differ from the Vietnamese original ${original.file}` });
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
    .map((e) => ({ file: e.file, message: `the file name "${e.slug}" is reserved for pages of the news section; choose another` }));

/** The figures of each target (keys, values, units, dates) must be the same in both languages. */
const programme: Rule = (entries) => {
  const problems: ContentProblem[] = [];
  const figures = (e: GateEntry) =>
    ((e.data.targets as Record<string, unknown>[] | undefined) ?? []).map(({ id, kind, target, unit, reached, asOf }) => ({ id, kind, target, unit, reached, asOf }));
  const vi = new Map(entries.filter((e) => e.lang === 'vi').map((e) => [e.slug, e]));
  for (const e of entries) {
    const ids = new Set<unknown>();
    (e.data.targets as { id: string }[]).forEach((t, i) => {
      if (ids.has(t.id)) problems.push({ file: e.file, field: `targets[${i}].id`, message: `the key "${t.id}" is used twice` });
      ids.add(t.id);
    });
    const original = e.lang === 'en' ? vi.get(e.slug) : undefined;
    if (!original) continue;
    const a = figures(original);
    const b = figures(e);
    if (a.length !== b.length) {
      problems.push({ file: e.file, field: 'targets', message: `has ${b.length} targets; the Vietnamese original ${original.file} has ${a.length}` });
      continue;
    }
    b.forEach((t, i) => {
      if (JSON.stringify(t) !== JSON.stringify(a[i])) {
        problems.push({ file: e.file, field: `targets[${i}]`, message: `key, kind, target, unit, value reached or date differ from the Vietnamese original ${original.file}` });
      }
    });
  }
  return problems;
};

/** Rules per collection name; collections without cross-field rules are absent. */
export const collectionRules: Partial<Record<string, Rule>> = { legal, procedures, news, programme };

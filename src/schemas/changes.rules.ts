/**
 * The rules for change notes (src/schemas/fields.ts changeNotes) and for withdrawal (fields.ts
 * withdrawal), shared by every collection that has them.
 */
import type { ContentProblem, GateEntry } from './problems.ts';

type ChangeNote = { date: string; note: string };

/**
 * Change notes: newest first, none in the future, none before `notBefore` (a page cannot have changed
 * before what it describes existed), and the same dates in both languages (the notes are translated).
 */
export function changeNoteProblems(entries: GateEntry[], today: string, notBefore: (e: GateEntry) => string | undefined): ContentProblem[] {
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
export function withdrawalProblems(entries: GateEntry[], today: string, notBefore: (e: GateEntry) => string | undefined): ContentProblem[] {
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
export function newestNoteProblems(entries: GateEntry[], today: string): ContentProblem[] {
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

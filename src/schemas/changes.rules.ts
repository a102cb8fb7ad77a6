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

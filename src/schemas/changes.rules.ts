/**
 * The rule for change notes (src/schemas/fields.ts changeNotes), shared by every collection that has them.
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


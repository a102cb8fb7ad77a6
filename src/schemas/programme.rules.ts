/**
 * Rules of the reform programme: target keys unique, and every figure equal in both languages.
 */
import type { ContentProblem, GateEntry, Rule } from './problems.ts';

/** The figures of each target (keys, values, units, dates) must be the same in both languages. */
export const programmeRules: Rule = (entries) => {
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


/**
 * Rules that a schema alone cannot say because they span entries. Runtime-neutral (no file access): the
 * content gate runs them at build time, and the CMS can run them on the entry being edited.
 */
import { collectionDefs, type CollectionDef, type CollectionName } from './index.ts';
import type { Fields } from './fields.ts';
import { withVietnameseHidden, type ContentProblem, type GateEntry } from './problems.ts';
import { sampleValueProblems } from './verification.rules.ts';

/** Every field of a widget kind in a set of fields (nested lists too), with the path to reach its values. */
export function fieldsOfWidget(fields: Fields, widget: string, prefix = ''): { path: string; collection?: string }[] {
  return Object.entries(fields).flatMap(([name, f]) => {
    if (f.cms.widget === widget) return [{ path: prefix + name, collection: f.cms.collection }];
    const nested = f.cms.fields;
    if (f.cms.widget === 'list' && nested) {
      const sub = Object.fromEntries(nested.map((n) => [n.name, { cms: n } as unknown as Fields[string]]));
      return fieldsOfWidget(sub, widget, `${prefix}${name}[].`);
    }
    return [];
  });
}

/** Values at a path like relations[].target, with the concrete field path of each. */
export function valuesAt(data: unknown, path: string): { field: string; value: unknown }[] {
  const [head, ...rest] = path.split('.');
  if (!head || data === null || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  if (head.endsWith('[]')) {
    const key = head.slice(0, -2);
    const items = record[key];
    if (!Array.isArray(items)) return [];
    return items.flatMap((item, i) =>
      valuesAt(item, rest.join('.')).map((v) => ({ ...v, field: `${key}[${i}]${v.field ? `.${v.field}` : ''}` })),
    );
  }
  if (rest.length === 0) return head in record ? [{ field: head, value: record[head] }] : [];
  return valuesAt(record[head], rest.join('.')).map((v) => ({ ...v, field: `${head}.${v.field}` }));
}

/**
 * The checks that span entries: a translation has its Vietnamese original and agrees with it on every
 * shared fact, references name entries that exist, each collection's own rules (collectionDefs[…].rules), and
 * no sample contact value without its flag (verification.rules.ts).
 */
export function entryProblems(entries: GateEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byCollection = new Map<string, GateEntry[]>();
  for (const e of entries) {
    const list = byCollection.get(e.collection);
    if (list) list.push(e);
    else byCollection.set(e.collection, [e]);
  }

  for (const [name, def] of Object.entries(collectionDefs) as [CollectionName, CollectionDef][]) {
    const list = byCollection.get(name) ?? [];
    const vi = new Map(list.filter((e) => e.lang === 'vi').map((e) => [e.slug, e]));
    // A translation needs its Vietnamese original, and both must agree on every shared fact.
    for (const en of list.filter((e) => e.lang === 'en')) {
      const original = vi.get(en.slug);
      if (!original) {
        problems.push({
          file: en.file,
          message: `there is no Vietnamese original content/${def.folder}/vi/${en.slug}.${def.extension}`,
          vi: 'Bản tiếng Anh không có bản tiếng Việt gốc.',
        });
        continue;
      }
      for (const [key, f] of Object.entries(def.fields)) {
        if (f.cms.i18n !== 'duplicate') continue;
        if (JSON.stringify(original.data[key]) !== JSON.stringify(en.data[key])) {
          problems.push({
            file: en.file,
            field: key,
            message: `differs from the Vietnamese original (${original.file}); this fact must be the same in both languages`,
            vi: 'Khác với bản tiếng Việt; thông tin này phải giống nhau ở hai ngôn ngữ.',
          });
        }
      }
    }
    // References to other entries must name an entry that exists.
    for (const rel of fieldsOfWidget(def.fields, 'relation')) {
      const targets = new Set(entries.filter((e) => e.collection === rel.collection && e.lang === 'vi').map((e) => e.slug));
      for (const e of list) {
        for (const { field, value } of valuesAt(e.data, rel.path)) {
          if (typeof value === 'string' && !targets.has(value)) {
            problems.push({
              file: e.file,
              field,
              message: `refers to "${value}", which is not an entry of ${rel.collection}`,
              vi: `Dẫn tới “${value}”, không có mục nào như vậy.`,
            });
          }
        }
      }
    }
    if ('rules' in def && def.rules) problems.push(...def.rules(list));
  }
  // Across collections: a sample contact detail of the site settings written into content without its flag.
  problems.push(...sampleValueProblems(entries));
  return problems.map(withVietnameseHidden);
}

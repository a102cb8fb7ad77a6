/**
 * The content gate: reads every file under content/, checks it against its collection's schema and
 * the rules that span files, and returns every problem found (not only the first), each naming the
 * file and the field. The build stops when the list is not empty.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import type { z } from 'astro/zod';
import { langs, type Lang } from '../i18n/locales.ts';
import { collectionDefs, type CollectionDef, type CollectionName } from '../schemas/index.ts';
import type { Fields } from '../schemas/fields.ts';
import { checkBody } from './bodyRules.ts';
import { checkMdx } from './mdxSyntax.ts';
import { parseContentFile } from './frontmatter.ts';
import { clearParsed, hashOf, leaveParsed } from './parsedContent.ts';
import { isPlainMarkdown } from './plainMarkdown.ts';
import { collectionRules } from './contentRules.ts';
import { gateWarnings, sampleValueProblems } from './contentAudit.ts';
import { todayInVietnam } from './formatDate.ts';

export interface ContentProblem {
  /** Path relative to the project root, e.g. content/legal/vi/61-2018-nd-cp.mdx */
  file: string;
  /** Field path, e.g. relations[0].target; absent for problems of the whole file. */
  field?: string;
  line?: number;
  message: string;
}

export interface GateEntry {
  collection: CollectionName;
  lang: Lang;
  slug: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

export interface GateResult {
  problems: ContentProblem[];
  /** Listed, never failing: sources a reader cannot follow, checks older than 180 days. */
  warnings: ContentProblem[];
  entries: GateEntry[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function listFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** zod's issue path as the field name an editor sees in the file: relations[0].target */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

function closest(word: string, candidates: string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const cur = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
      }
    }
    return row[b.length]!;
  };
  const best = candidates.map((c) => ({ c, d: distance(word.toLowerCase(), c.toLowerCase()) })).sort((x, y) => x.d - y.d)[0];
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.c : undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** Turns zod issues into problems an editor can act on. */
export function describeIssues(file: string, issues: readonly z.core.$ZodIssue[], fields: Fields, data: unknown): ContentProblem[] {
  return issues.flatMap((issue) => {
    const base = fieldPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const known = Object.keys(fields);
      return issue.keys.map((key) => {
        const guess = base === '' ? closest(key, known) : undefined;
        return {
          file,
          field: base ? `${base}.${key}` : key,
          message: `unknown field${guess ? ` (did you mean "${guess}"?)` : ''}`,
        };
      });
    }
    const top = issue.path[0];
    const label = typeof top === 'string' ? fields[top]?.label.vi : undefined;
    const missing = issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined;
    const message = missing ? 'is required but missing' : issue.message;
    return [{ file, field: base || undefined, message: label ? `${message} (${label})` : message }];
  });
}

function readCollection(root: string, name: CollectionName, def: CollectionDef, problems: ContentProblem[]): GateEntry[] {
  const dir = join(root, 'content', def.folder);
  const entries: GateEntry[] = [];
  for (const path of listFiles(dir)) {
    const file = relative(root, path).split('\\').join('/');
    const parts = relative(dir, path).split(/[\\/]/);
    const lang = parts[0];
    const fileName = parts.at(-1) ?? '';
    if (fileName.startsWith('.')) continue;
    // Images beside the content (content/news/images/…) are media, checked through the schema's image field.
    if (parts[0] === 'images' && parts.length === 2) continue;
    const ext = `.${def.extension}`;
    if (parts.length !== 2 || !langs.includes(lang as Lang)) {
      problems.push({ file, message: `content files belong in content/${def.folder}/vi/ or content/${def.folder}/en/` });
      continue;
    }
    if (!fileName.endsWith(ext)) {
      problems.push({ file, message: `files of this collection end in ${ext}` });
      continue;
    }
    const slug = fileName.slice(0, -ext.length);
    if (!SLUG.test(slug)) {
      problems.push({ file, message: 'the file name must be lower-case ASCII words joined by hyphens, such as 61-2018-nd-cp' });
      continue;
    }
    if (def.singleFile && slug !== def.singleFile) {
      problems.push({ file, message: `this collection holds a single file named ${def.singleFile}${ext}` });
      continue;
    }
    const source = readFileSync(path, 'utf8');
    const parsed = parseContentFile(source, def.extension);
    for (const e of parsed.errors) problems.push({ file, line: e.line, message: e.message });
    if (parsed.errors.length) continue;
    if (def.extension === 'mdx') {
      const bodyProblems = checkBody(parsed.body, parsed.bodyLine);
      // MDX can only fail on <, { or } or on an import/export line (which checkBody reports), so a body
      // with none of them needs no MDX parse (about 1 CPU-second at 10,000 pages).
      const mdxProblems = bodyProblems.length === 0 && isPlainMarkdown(parsed.body) ? [] : checkMdx(parsed.body, parsed.bodyLine);
      for (const p of [...bodyProblems, ...mdxProblems]) {
        problems.push({ file, field: 'body', line: p.line, message: p.message });
      }
    }
    if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
      problems.push({ file, message: 'the front matter must be a set of fields (key: value)' });
      continue;
    }
    if (def.extension === 'mdx') leaveParsed(path, { sourceHash: hashOf(source), data: parsed.data as Record<string, unknown> });
    const result = def.schema.safeParse(parsed.data);
    if (!result.success) {
      problems.push(...describeIssues(file, result.error.issues, def.fields, parsed.data));
      continue;
    }
    entries.push({ collection: name, lang: lang as Lang, slug, file, data: result.data as Record<string, unknown>, body: parsed.body });
  }
  return entries;
}

/** Every field of a widget kind in a set of fields (nested lists too), with the path to reach its values. */
function fieldsOfWidget(fields: Fields, widget: string, prefix = ''): { path: string; collection?: string }[] {
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
function valuesAt(data: unknown, path: string): { field: string; value: unknown }[] {
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

function crossChecks(root: string, entries: GateEntry[]): ContentProblem[] {
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
        problems.push({ file: en.file, message: `there is no Vietnamese original content/${def.folder}/vi/${en.slug}.${def.extension}` });
        continue;
      }
      for (const [key, f] of Object.entries(def.fields)) {
        if (f.cms.i18n !== 'duplicate') continue;
        if (JSON.stringify(original.data[key]) !== JSON.stringify(en.data[key])) {
          problems.push({
            file: en.file,
            field: key,
            message: `differs from the Vietnamese original (${original.file}); this fact must be the same in both languages`,
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
            problems.push({ file: e.file, field, message: `refers to "${value}", which is not an entry of ${rel.collection}` });
          }
        }
      }
    }
    // Uploaded files are site paths: the file must be in public/.
    for (const upload of fieldsOfWidget(def.fields, 'file')) {
      for (const e of list) {
        for (const { field, value } of valuesAt(e.data, upload.path)) {
          if (typeof value === 'string' && value.startsWith('/') && !existsSync(join(root, 'public', value))) {
            problems.push({ file: e.file, field, message: `the file ${value} does not exist (expected public${value})` });
          }
        }
      }
    }
    // Images sit beside the content (../images/x.png, relative to the entry's file): the file must exist.
    for (const image of fieldsOfWidget(def.fields, 'image')) {
      for (const e of list) {
        for (const { field, value } of valuesAt(e.data, image.path)) {
          if (typeof value === 'string' && !existsSync(join(root, dirname(e.file), value))) {
            problems.push({ file: e.file, field, message: `the image ${value} does not exist (expected ${posix.join(posix.dirname(e.file), value)})` });
          }
        }
      }
    }
    problems.push(...(collectionRules[name]?.(list) ?? []));
  }
  return problems;
}

export function runContentGate(root: string): GateResult {
  clearParsed();
  const problems: ContentProblem[] = [];
  const entries = (Object.entries(collectionDefs) as [CollectionName, CollectionDef][]).flatMap(([name, def]) =>
    readCollection(root, name, def, problems),
  );
  problems.push(...crossChecks(root, entries));
  problems.push(...sampleValueProblems(entries));
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems, warnings: gateWarnings(entries, todayInVietnam()), entries };
}

export function formatWarnings(warnings: ContentProblem[]): string {
  const lines = warnings.map((p) => `  ${p.file}${p.field ? ` › ${p.field}` : ''}: ${p.message}`);
  return `Content check: ${warnings.length} warning(s) (not failing; \`npm run audit:content\` lists everything left to verify).\n${lines.join('\n')}`;
}

export function formatProblems(problems: ContentProblem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const lines = problems.map(
    (p) => `  ${p.file}${p.line ? `:${p.line}` : ''}${p.field ? ` › ${p.field}` : ''}: ${p.message}`,
  );
  return `Content check failed: ${problems.length} problem(s) in ${files} file(s).\n${lines.join('\n')}\nNothing was built. Fix the files above and build again.`;
}

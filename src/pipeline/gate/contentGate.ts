/**
 * The content gate: reads every file under content/, checks it against its collection's schema and
 * the rules that span files, and returns every problem found (not only the first), each naming the
 * file and the field. The build stops when the list is not empty.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { langs, type Lang } from '../../i18n/locales.ts';
import { collectionDefs, type CollectionDef, type CollectionName } from '../../schemas/index.ts';
import { checkBody } from '../../schemas/body.rules.ts';
import { describeIssues, type ContentProblem, type GateEntry } from '../../schemas/problems.ts';
import { entryProblems } from '../../schemas/rules.ts';
import { gateWarnings } from '../../schemas/verification.rules.ts';
import { todayInVietnam } from '../../lib/formatDate.ts';
import { parseContentFile } from '../../lib/frontmatter.ts';
import { clearParsed, hashOf, leaveParsed } from '../loader/parsedContent.ts';
import { isPlainMarkdown } from '../plainMarkdown.ts';
import { checkMdx } from './mdxSyntax.ts';
import { fileProblems } from './fileChecks.ts';

export type { ContentProblem, GateEntry } from '../../schemas/problems.ts';

export interface GateResult {
  problems: ContentProblem[];
  /** Listed, never failing: sources a reader cannot follow, checks older than 180 days, and rules that time passing could otherwise break (ContentProblem.severity 'warning'). */
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

function readCollection(root: string, name: CollectionName, def: CollectionDef, problems: ContentProblem[]): GateEntry[] {
  const dir = join(root, 'content', def.folder);
  const entries: GateEntry[] = [];
  for (const path of listFiles(dir)) {
    // Stryker disable next-line StringLiteral: only Windows paths hold a backslash; the tests run on Linux, where this is a no-op
    const file = relative(root, path).split('\\').join('/');
    const parts = relative(dir, path).split(/[\\/]/);
    const lang = parts[0];
    // Stryker disable next-line StringLiteral: split() always gives at least one part, so the fallback is never used
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
    // Stryker disable next-line ConditionalExpression: a data file (YAML) has an empty body, in which the body checks find nothing
    if (def.extension === 'mdx') {
      const bodyProblems = checkBody(parsed.body, parsed.bodyLine);
      // MDX can only fail on <, { or } or on an import/export line (which checkBody reports), so a body
      // with none of them needs no MDX parse (about 1 CPU-second at 10,000 pages).
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a speed-up only; parsing a plain body finds nothing (an import/export line is valid MDX), so always parsing is equivalent; never parsing a body with braces is caught by the gate tests of {…}
      const plain = bodyProblems.length === 0 && isPlainMarkdown(parsed.body);
      const mdxProblems = plain ? [] : checkMdx(parsed.body, parsed.bodyLine);
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

export function runContentGate(root: string): GateResult {
  // Stryker disable next-line CallExpression: frees memory only; a reading left from an earlier run is used only for a file with the same content hash
  clearParsed();
  const problems: ContentProblem[] = [];
  const entries = (Object.entries(collectionDefs) as [CollectionName, CollectionDef][]).flatMap(([name, def]) =>
    readCollection(root, name, def, problems),
  );
  problems.push(...entryProblems(entries), ...fileProblems(root, entries));
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems: problems.filter((p) => p.severity !== 'warning'), warnings: [...problems.filter((p) => p.severity === 'warning'), ...gateWarnings(entries, todayInVietnam())], entries };
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

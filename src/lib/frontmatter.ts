/**
 * Splits a content file into front matter and body, and parses the front matter as YAML 1.2 (core
 * schema). Unlike the YAML 1.1 parser inside Astro, this keeps 2020-13-45 as the text the editor typed,
 * so an impossible date is caught instead of silently rolling over into another day.
 * Ours rather than `gray-matter`: that parses with YAML 1.1 too (dates become Date objects), and the
 * content gate needs line numbers for its messages, which the `yaml` parser gives.
 */
import { LineCounter, parseDocument } from 'yaml';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';

export interface Parsed {
  data: unknown;
  body: string;
  /** Line of the body's first line in the file (1-based), for messages. */
  bodyLine: number;
  errors: { line?: number; message: string }[];
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;

export function splitFrontmatter(source: string): { yaml: string; body: string; bodyLine: number } | null {
  const open = OPEN.exec(source);
  if (!open) return null;
  const rest = source.slice(open[0].length);
  const close = /^---[ \t]*$/m.exec(rest);
  if (!close) return null;
  const yaml = rest.slice(0, close.index);
  const body = rest.slice(close.index + close[0].length).replace(/^\r?\n/, '');
  const bodyLine = 1 + 1 + yaml.split('\n').length;
  return { yaml, body, bodyLine };
}

export function parseYaml(text: string, lineOffset = 0): { data: unknown; errors: Parsed['errors'] } {
  const data = fastYaml(text);
  return data === undefined ? parseYamlStrict(text, lineOffset) : { data, errors: [] };
}

// A plain scalar YAML 1.2's core schema reads as a number (the two parsers disagree on some: -.5, -0).
const YAML_NUMBER = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Text, booleans, nulls, lists and maps with field-like keys: where the two parsers read alike. */
function plainData(v: unknown): boolean {
  if (v === null || typeof v === 'boolean') return true;
  if (typeof v === 'string') return !YAML_NUMBER.test(v);
  if (Array.isArray(v)) return v.every(plainData);
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.entries(v).every(([k, x]) => FIELD_NAME.test(k) && k !== 'null' && plainData(x));
  }
  return false;
}

/**
 * Most front matter is plain: js-yaml with its YAML 1.2 core schema (no timestamps, so a date stays
 * the text typed) reads it five times faster than the `yaml` parser (about 1.6 CPU-seconds at 10,000
 * files) and to the same data. The data, or undefined when the strict parser must read the text: js-yaml
 * threw (duplicate keys, unknown tags, several documents, a syntax error), or the result holds
 * something the two parsers may read differently — numbers, text that looks like a number, odd keys
 * (tests/unit/lib/frontmatter.test.ts shows each).
 */
export function fastYaml(text: string): unknown {
  try {
    const data = loadYaml(text, { schema: CORE_SCHEMA }) ?? null;
    return plainData(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** YAML 1.2 (core schema) with every error and warning and its line. */
export function parseYamlStrict(text: string, lineOffset = 0): { data: unknown; errors: Parsed['errors'] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false, lineCounter });
  const errors = [...doc.errors, ...doc.warnings].map((e) => {
    const line = lineCounter.linePos(e.pos[0]).line;
    const first = e.message.split('\n')[0] ?? e.message;
    return { line: line === undefined ? undefined : line + lineOffset, message: `YAML: ${first}` };
  });
  return { data: errors.length ? undefined : doc.toJS(), errors };
}

/** Parses an .mdx file (front matter required) or a .yaml file (all front matter, no body). */
export function parseContentFile(source: string, kind: 'mdx' | 'yaml'): Parsed {
  if (kind === 'yaml') {
    const { data, errors } = parseYaml(source);
    return { data, body: '', bodyLine: 0, errors };
  }
  const split = splitFrontmatter(source);
  if (!split) {
    return {
      data: undefined,
      body: source,
      bodyLine: 1,
      errors: [{ line: 1, message: 'the file must start with front matter between two lines of ---' }],
    };
  }
  const { data, errors } = parseYaml(split.yaml, 1);
  return { data, body: split.body, bodyLine: split.bodyLine, errors };
}

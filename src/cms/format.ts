/**
 * How the CMS reads and writes content files (registered in admin/cms.ts as Decap custom formats).
 * Reading uses the same YAML 1.2 parser as the content gate, so dates stay the text that was written.
 * Writing keeps every field (also ones the CMS does not know), in the order of the field definitions,
 * leaves out fields an editor left empty (an optional field is absent, never ""), and makes the body
 * safe for MDX (src/cms/mdxSafe.ts).
 */
import { isMap, isScalar, isSeq, parse, parseDocument, stringify, type Document, type Node as YamlNode } from 'yaml';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { forEditor, mdxSafe } from './mdxSafe.ts';

export type EntryData = Record<string, unknown> & { body?: string };

/** Removes values Decap leaves behind for fields that were never filled in: "", null, undefined. */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // Stryker disable next-line StringLiteral: an empty string is also dropped by the blank-string test on the next line
      if (v === '' || v === null || v === undefined) continue;
      if (typeof v === 'string' && v.trim() === '') continue;
      out[k] = withoutEmpty(v);
    }
    return out;
  }
  return value;
}

// Stryker disable next-line ArrayDeclaration: with no order given, any list of keys the data does not have orders nothing
function ordered(data: Record<string, unknown>, sortedKeys: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of sortedKeys) if (key in data) out[key] = data[key];
  for (const [key, value] of Object.entries(data)) if (!(key in out)) out[key] = value;
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Writing back in the file's own style. Each file the CMS reads is remembered as a YAML document;
// saving changes only the values that changed in it (a quoted string stays quoted, a [a, b] list
// stays a flow list, comments and blank lines stay), so a two-value change is a two-line diff.

const MAX_REMEMBERED = 2000;
type StyleOptions = { lineWidth: number; indentSeq: boolean; flowCollectionPadding: boolean };
const remembered: { doc: Document; data: Record<string, unknown>; text: string; style?: StyleOptions }[] = [];

/** The writer's options that give back the file as it is (line width, list indent): the closest of a few. */
function styleOf(doc: Document, text: string): StyleOptions {
  const lines = text.split('\n');
  let best: { style: StyleOptions; off: number } | undefined;
  for (const lineWidth of [0, 80, 100, 120]) {
    for (const indentSeq of [true, false]) {
      for (const flowCollectionPadding of [false, true]) {
        const style = { lineWidth, indentSeq, flowCollectionPadding };
        const out = doc.toString(style).split('\n');
        const off = Math.abs(out.length - lines.length) + lines.filter((l, i) => out[i] !== l).length;
        if (off === 0) return style;
        if (!best || off < best.off) best = { style, off };
      }
    }
  }
  return best!.style;
}

function remember(text: string) {
  try {
    // Stryker disable next-line ObjectLiteral: YAML 1.2 with the core schema is the yaml package's default; written out for the reader
    const doc = parseDocument(text, { version: '1.2', schema: 'core' });
    // Stryker disable next-line LogicalOperator: only called after parse() read the same text without error, so the map test alone decides
    if (doc.errors.length || !isMap(doc.contents)) return;
    const data = doc.toJS() as Record<string, unknown>;
    // The same file read again (Decap reads a collection on every visit) is remembered once.
    const again = remembered.findIndex((r) => same(r.data, data));
    if (again !== -1) remembered.splice(again, 1);
    remembered.push({ doc, data, text });
    if (remembered.length > MAX_REMEMBERED) remembered.shift();
  } catch {
    // A file that cannot be parsed is written in the standard style.
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The remembered document the data was read from: the one sharing clearly the most values with it. */
function originalOf(data: Record<string, unknown>): (typeof remembered)[number] | undefined {
  const keys = Object.keys(data);
  let best: ((typeof remembered)[number] & { score: number }) | undefined;
  let second = -1;
  for (let i = remembered.length - 1; i >= 0; i--) {
    const r = remembered[i]!;
    const score = keys.filter((k) => k in r.data && same(r.data[k], data[k])).length;
    if (!best || score > best.score) {
      second = best?.score ?? second;
      best = { ...r, score };
    } else if (score > second) second = score;
  }
  if (!best || best.score === second || best.score * 2 < keys.length) return undefined;
  const found = remembered.find((r) => r.doc === best!.doc)!;
  found.style ??= styleOf(found.doc, found.text);
  return found;
}

/** Changes a node in place to hold `value`, keeping its style where the kind of value stays the same. */
function updated(doc: Document, node: unknown, value: unknown): unknown {
  if (isScalar(node) && (value === null || typeof value !== 'object')) {
    if (node.value !== value) node.value = value;
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    value.forEach((v, i) => {
      node.items[i] = i < node.items.length ? (updated(doc, node.items[i], v) as YamlNode) : doc.createNode(v, { flow: node.flow });
    });
    node.items.length = value.length;
    return node;
  }
  if (isMap(node) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    updateMap(doc, node, value as Record<string, unknown>);
    return node;
  }
  const fresh = doc.createNode(value) as YamlNode;
  if ((isSeq(node) || isMap(node)) && (isSeq(fresh) || isMap(fresh))) fresh.flow = node.flow;
  return fresh;
}

// Stryker disable next-line ArrayDeclaration: with no order given, any list of keys the data does not have ranks every key last
function updateMap(doc: Document, map: { items: { key: unknown; value: unknown }[] }, data: Record<string, unknown>, sortedKeys: readonly string[] = []) {
  const keyOf = (pair: { key: unknown }) => String(isScalar(pair.key) ? pair.key.value : pair.key);
  map.items = map.items.filter((pair) => keyOf(pair) in data);
  for (const [key, value] of Object.entries(data)) {
    const pair = map.items.find((p) => keyOf(p) === key);
    if (pair) {
      // Stryker disable next-line LogicalOperator: a value wrongly taken as changed is updated with itself, which leaves the node as it was
      if (!same(isScalar(pair.value) || isSeq(pair.value) || isMap(pair.value) ? (pair.value as { toJSON(): unknown }).toJSON() : pair.value, value)) {
        pair.value = updated(doc, pair.value, value);
      }
      continue;
    }
    // A new field goes where the field definitions put it.
    const fresh = doc.createPair(key, value) as { key: unknown; value: unknown };
    const rank = (k: string) => {
      const i = sortedKeys.indexOf(k);
      return i === -1 ? Number.MAX_SAFE_INTEGER : i;
    };
    const after = map.items.findIndex((p) => rank(keyOf(p)) > rank(key));
    if (after === -1) map.items.push(fresh);
    else map.items.splice(after, 0, fresh);
  }
}

function yamlText(data: Record<string, unknown>, sortedKeys?: readonly string[]): string {
  const clean = withoutEmpty(ordered(data, sortedKeys)) as Record<string, unknown>;
  if (Object.keys(clean).length === 0) return '';
  const original = originalOf(clean);
  if (original) {
    const doc = original.doc.clone();
    updateMap(doc, doc.contents as unknown as { items: { key: unknown; value: unknown }[] }, clean, sortedKeys);
    const text = doc.toString(original.style!);
    // Only when it reads back as exactly the data; otherwise the standard style.
    // Stryker disable next-line ObjectLiteral: YAML 1.2 with the core schema is the yaml package's default; written out for the reader
    if (same(parse(text, { version: '1.2', schema: 'core' }), clean)) return text;
  }
  return stringify(clean, { version: '1.2', lineWidth: 0 });
}

function parseYamlObject(text: string): Record<string, unknown> {
  // Stryker disable next-line ObjectLiteral: YAML 1.2 with the core schema is the yaml package's default; written out for the reader
  const data: unknown = parse(text, { version: '1.2', schema: 'core' });
  // Stryker disable next-line LogicalOperator: remember() itself keeps only documents whose top level is a map
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) remember(text);
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

export function fromMdx(content: string): EntryData {
  const split = splitFrontmatter(content);
  if (!split) return content.trim() ? { body: content } : {};
  const data = parseYamlObject(split.yaml);
  // The body as typed: what mdxSafe wrote for MDX is shown as the editor typed it (a < b, not a &lt; b).
  const body = forEditor(split.body.replace(/^\n+/, '').replace(/\s+$/, ''));
  return body ? { ...data, body } : data;
}

export function toMdx(data: EntryData, sortedKeys?: readonly string[]): string {
  const { body = '', ...meta } = data;
  const text = typeof body === 'string' ? mdxSafe(body).replace(/\s+$/, '') : '';
  const front = `---\n${yamlText(meta, sortedKeys)}---\n`;
  return text ? `${front}\n${text}\n` : front;
}

export function fromYaml(content: string): EntryData {
  return parseYamlObject(content);
}

export function toYaml(data: EntryData, sortedKeys?: readonly string[]): string {
  const { body: _body, ...meta } = data;
  return yamlText(meta, sortedKeys);
}

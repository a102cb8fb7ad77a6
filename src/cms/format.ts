/**
 * How the CMS reads and writes content files (registered in admin/cms.ts as Decap custom formats).
 * Reading uses the same YAML 1.2 parser as the content gate, so dates stay the text that was written.
 * Writing keeps every field (also ones the CMS does not know), in the order of the field definitions,
 * leaves out fields an editor left empty (an optional field is absent, never ""), and makes the body
 * safe for MDX (src/cms/mdxSafe.ts).
 */
import { parse, stringify } from 'yaml';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { mdxSafe } from './mdxSafe.ts';

export type EntryData = Record<string, unknown> & { body?: string };

/** Removes values Decap leaves behind for fields that were never filled in: "", null, undefined. */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === '' || v === null || v === undefined) continue;
      if (typeof v === 'string' && v.trim() === '') continue;
      out[k] = withoutEmpty(v);
    }
    return out;
  }
  return value;
}

function ordered(data: Record<string, unknown>, sortedKeys: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of sortedKeys) if (key in data) out[key] = data[key];
  for (const [key, value] of Object.entries(data)) if (!(key in out)) out[key] = value;
  return out;
}

function yamlText(data: Record<string, unknown>, sortedKeys?: readonly string[]): string {
  const clean = withoutEmpty(ordered(data, sortedKeys)) as Record<string, unknown>;
  if (Object.keys(clean).length === 0) return '';
  return stringify(clean, { version: '1.2', lineWidth: 0 });
}

function parseYamlObject(text: string): Record<string, unknown> {
  const data: unknown = parse(text, { version: '1.2', schema: 'core' });
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

export function fromMdx(content: string): EntryData {
  const split = splitFrontmatter(content);
  if (!split) return content.trim() ? { body: content } : {};
  const data = parseYamlObject(split.yaml);
  const body = split.body.replace(/^\n+/, '').replace(/\s+$/, '');
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

/**
 * Open data: every /api/<collection>.json in dist/ validates against its published JSON Schema (with Ajv,
 * JSON Schema 2020-12), lists every entry of the collection once with both language versions, and links to
 * pages that exist.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { distDir, root, siteUrl as site } from '../helpers/paths.ts';
import { fileOf } from '../helpers/dist.ts';
import { runContentGate } from '../../src/pipeline/gate/contentGate.ts';
import { langs } from '../../src/i18n/locales.ts';
import { collectionDefs } from '../../src/schemas/index.ts';

const apiDir = join(distDir, 'api');
// The change log (/api/changes.json) is not a collection register; tests/build/living.test.ts checks it.
const registers = existsSync(apiDir) ? readdirSync(apiDir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && f !== 'changes.json') : [];
const entries = runContentGate(root).entries;

function ajv() {
  const a = new Ajv2020({ allErrors: true, strict: false });
  a.addFormat('uri', (v: string) => {
    try {
      return Boolean(new URL(v).protocol);
    } catch {
      return false;
    }
  });
  return a;
}

describe('open data in dist/api/', () => {
  it('publishes the legal register and every other entry collection, each with a schema', () => {
    const expected = Object.entries(collectionDefs).filter(([, d]) => !('singleFile' in d)).map(([name]) => `${name}.json`);
    expect(registers.sort()).toEqual(expected.sort());
    expect(registers).toContain('legal.json');
    for (const r of registers) expect(existsSync(join(apiDir, r.replace(/\.json$/, '.schema.json'))), r).toBe(true);
  });

  it.each(registers)('%s validates against its JSON Schema and lists every entry, in both languages', (file) => {
    const data = JSON.parse(readFileSync(join(apiDir, file), 'utf8'));
    const schema = JSON.parse(readFileSync(join(apiDir, file.replace(/\.json$/, '.schema.json')), 'utf8'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(data.schema).toBe(schema.$id);
    const validate = ajv().compile(schema);
    const ok = validate(data);
    expect(ok ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
    const collection = file.replace(/\.json$/, '');
    const slugs = [...new Set(entries.filter((e) => e.collection === collection).map((e) => e.slug))].sort();
    expect(data.items.map((i: { id: string }) => i.id)).toEqual(slugs);
    expect(data.count).toBe(slugs.length);
    for (const item of data.items) {
      for (const lang of langs) {
        const entry = entries.find((e) => e.collection === collection && e.lang === lang && e.slug === item.id);
        expect(item[lang] === null, `${item.id} ${lang}`).toBe(!entry);
        if (item.url[lang]) {
          expect(new URL(item.url[lang]).origin).toBe(site.origin);
          expect(existsSync(fileOf(new URL(item.url[lang]).pathname)), item.url[lang]).toBe(true);
        }
      }
    }
  });

  it('rejects a register with a broken entry (the schema is not a formality)', () => {
    const schema = JSON.parse(readFileSync(join(apiDir, 'legal.schema.json'), 'utf8'));
    const data = JSON.parse(readFileSync(join(apiDir, 'legal.json'), 'utf8'));
    data.items[0].vi.issued = '23/04/2018';
    data.items[0].vi.status = 'maybe';
    const validate = ajv().compile(schema);
    expect(validate(data)).toBe(false);
    const paths = validate.errors!.map((e) => e.instancePath);
    expect(paths).toContain('/items/0/vi/issued');
    expect(paths).toContain('/items/0/vi/status');
  });
});

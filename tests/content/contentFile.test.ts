/**
 * contentFileOf (src/schemas/index.ts) names an entry's file as the content gate does when it reads the
 * repository, so the CMS's messages and the verification worklist point at the same file as the build's.
 */
import { describe, expect, it } from 'vitest';
import { runContentGate } from '../../src/pipeline/gate/contentGate.ts';
import { collectionDefs, contentFileOf } from '../../src/schemas/index.ts';
import { root } from '../helpers/paths.ts';

describe('contentFileOf', () => {
  it('names every entry of content/ as the content gate found it', () => {
    const { entries } = runContentGate(root);
    const collections = new Set(entries.map((e) => e.collection));
    expect(collections.size, 'entries of every collection were checked').toBe(Object.keys(collectionDefs).length);
    for (const e of entries) expect(contentFileOf(collectionDefs[e.collection], e.lang, e.slug)).toBe(e.file);
  });

  it('gives the folder, the language and the extension of the collection', () => {
    expect(contentFileOf(collectionDefs.legal, 'vi', '61-2018-nd-cp')).toBe('content/legal/vi/61-2018-nd-cp.mdx');
    expect(contentFileOf(collectionDefs.events, 'en', 'bao-cao-nam-2024')).toBe('content/events/en/bao-cao-nam-2024.yaml');
  });
});

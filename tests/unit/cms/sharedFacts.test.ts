import { describe, expect, it } from 'vitest';
import { alignItems, withSharedFacts } from '../../../src/cms/sharedFacts.ts';
import { collectionDefs } from '../../../src/schemas/index.ts';

const fields = collectionDefs.legal.fields;

describe('shared facts of translated lists', () => {
  it('pairs each original item with the translated item of the same facts', () => {
    expect(alignItems([{ date: '2026-11-30' }, { date: '2026-11-29' }], [{ date: '2026-11-29' }], ['date'])).toEqual([undefined, 0]);
    expect(alignItems([{ type: 'a', target: 'x' }, { type: 'b', target: 'y' }], [{ type: 'a', target: 'x' }, { type: 'b', target: 'y' }], ['type', 'target'])).toEqual([0, 1]);
  });

  it('gives an original whose facts changed the translated item left over, in order', () => {
    expect(alignItems([{ type: 'c', target: 'x' }, { type: 'b', target: 'y' }], [{ type: 'a', target: 'x' }, { type: 'b', target: 'y' }], ['type', 'target'])).toEqual([0, 1]);
  });

  it('keeps each English change note with its own date when a new note is added on top in Vietnamese', () => {
    const vi = { changes: [{ date: '2026-11-30', note: 'Gỡ bỏ.' }, { date: '2026-11-29', note: 'Đăng tải lần đầu.' }] };
    const en = { changes: [{ date: '2026-11-29', note: 'First published.' }] };
    expect(withSharedFacts(fields, vi, en).changes).toEqual([{ date: '2026-11-30' }, { date: '2026-11-29', note: 'First published.' }]);
  });

  it('copies a relation typed in Vietnamese into the English data, keeping the English note', () => {
    const vi = { relations: [{ type: 'huong-dan', target: '61-2018-nd-cp', note: 'Điều 5' }] };
    const en = { relations: [{ type: 'can-cu', target: '61-2018-nd-cp', note: 'Article 5' }] };
    expect(withSharedFacts(fields, vi, en).relations).toEqual([{ type: 'huong-dan', target: '61-2018-nd-cp', note: 'Article 5' }]);
    expect(withSharedFacts(fields, {}, en).relations).toBeUndefined();
  });
});

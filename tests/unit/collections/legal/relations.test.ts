import { describe, expect, it } from 'vitest';
import { invertRelations } from '../../../../src/collections/legal/relations.ts';

describe('invertRelations', () => {
  const docs = [
    { slug: '61-2018-nd-cp' },
    { slug: '01-2018-tt-vpcp', relations: [{ type: 'huong-dan' as const, target: '61-2018-nd-cp' }] },
    { slug: '118-2025-nd-cp', relations: [{ type: 'thay-the' as const, target: '61-2018-nd-cp', note: 'reported' }] },
  ];
  const shown = invertRelations(docs);

  it('shows a stored relation on the acting document', () => {
    expect(shown.get('01-2018-tt-vpcp')).toEqual([{ type: 'huong-dan', direction: 'active', other: '61-2018-nd-cp' }]);
  });
  it('shows the inverse on the target, with its note', () => {
    expect(shown.get('61-2018-nd-cp')).toEqual([
      { type: 'huong-dan', direction: 'passive', other: '01-2018-tt-vpcp' },
      { type: 'thay-the', direction: 'passive', other: '118-2025-nd-cp', note: 'reported' },
    ]);
  });
  it('ignores relations to documents it was not given (the content gate reports those)', () => {
    const out = invertRelations([{ slug: 'a', relations: [{ type: 'can-cu', target: 'missing' }] }]);
    expect(out.get('a')).toHaveLength(1);
    expect(out.has('missing')).toBe(false);
  });
});

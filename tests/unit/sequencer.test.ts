/** The test order (tests/helpers/sequencer.ts): the listed slow files exist and start first, longest first. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TestSpecification } from 'vitest/node';
import SlowFirst, { SLOWEST } from '../helpers/sequencer.ts';

describe('the test order', () => {
  it('names only files that exist', () => {
    expect(SLOWEST.filter((p) => !existsSync(p))).toEqual([]);
  });

  it('moves the slow files to the front in their order and keeps the rest in the order given', async () => {
    const spec = (path: string) => ({ moduleId: `/repo/${path}`, project: { config: { sequence: { groupOrder: 0 }, isolate: true }, name: '' } }) as unknown as TestSpecification;
    const files = ['tests/unit/a.test.ts', SLOWEST[2]!, 'tests/unit/b.test.ts', SLOWEST[0]!].map(spec);
    // Vitest's own order here: its recorded durations; none are recorded for these made-up files, so by size (unknown files keep their order).
    const ctx = { cache: { getTestSpecificationResult: () => undefined }, config: {} };
    const sorted = await new SlowFirst(ctx as never).sort(files);
    expect(sorted.map((f) => f.moduleId.replace('/repo/', ''))).toEqual([SLOWEST[0], SLOWEST[2], 'tests/unit/a.test.ts', 'tests/unit/b.test.ts']);
  });
});

/**
 * No page, printout, JSON-LD block, feed or /api record presents a sample (unconfirmed) address, telephone
 * number or e-mail of the Authority without its flag: walks every text file of dist/.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runContentGate } from '../../src/pipeline/gate/contentGate.ts';
import { unconfirmedContacts } from '../../src/schemas/settings.contacts.ts';
import type { SiteSettings } from '../../src/schemas/settings.ts';
import { walk } from '../helpers/dist.ts';
import { distDir, root } from '../helpers/paths.ts';
import { sampleValuesInText, unflaggedInHtml, type SampleValue } from '../helpers/sampleValues.ts';

const settings = runContentGate(root).entries.filter((e) => e.collection === 'settings');
const samples: SampleValue[] = settings.flatMap((e) => unconfirmedContacts(e.data as SiteSettings));
const TEXT = /\.(html|json|xml|ics|txt|yml|yaml|webmanifest|csv)$/;
// Decap's own build is a vendor copy; compressed copies repeat the files beside them.
const files = walk(distDir).filter((f) => TEXT.test(f) && !relative(distDir, f).startsWith('admin/decap'));

describe('sample contact values in dist/', () => {
  it('are the ones the settings do not confirm, and there are some to look for', () => {
    // The facts sheet marks the address and telephone numbers unconfirmed: until an editor confirms them,
    // the walk below has real values to look for.
    expect(samples.map((s) => s.field)).toEqual(expect.arrayContaining(['address', 'oneStopAddress', 'phone', 'email']));
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(50);
  });

  it('appear in no HTML page without their flag, and in no JSON-LD block', () => {
    const problems = files
      .filter((f) => f.endsWith('.html'))
      .flatMap((f) => unflaggedInHtml(readFileSync(f, 'utf8'), samples).map((p) => `${relative(distDir, f)}: ${p}`));
    expect([...new Set(problems)]).toEqual([]);
  });

  it('appear in no open-data record, feed, calendar or other text file', () => {
    const problems = files
      .filter((f) => !f.endsWith('.html'))
      .flatMap((f) => sampleValuesInText(readFileSync(f, 'utf8'), samples).map((p) => `${relative(distDir, f)}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('the check fails on a page that shows a sample value bare or puts it in JSON-LD', () => {
    const s: SampleValue[] = [{ field: 'phone', value: '0225 3 000 001' }, { field: 'address', value: 'Số 24 Cù Chính Lan' }];
    const ok = '<p><span data-unconfirmed="phone"><a href="tel:02253000001">0225 3 000 001</a> (giá trị mẫu)</span></p>';
    expect(unflaggedInHtml(ok, s)).toEqual([]);
    expect(unflaggedInHtml('<dl><dd>Số 24 Cù Chính Lan</dd></dl>', s)).toEqual(['address “Số 24 Cù Chính Lan” in <dd> “Số 24 Cù Chính Lan”']);
    expect(unflaggedInHtml('<a href="tel:02253000001">Gọi</a>', s)).toEqual(['phone “02253000001” in the href of <a>']);
    expect(unflaggedInHtml('<script type="application/ld+json">{"telephone":"0225 3 000 001"}</script>', s)).toEqual(['phone “0225 3 000 001” in a JSON-LD block']);
    expect(sampleValuesInText('{"address":"Số 24 Cù Chính Lan"}', s)).toEqual(['address “Số 24 Cù Chính Lan”']);
  });
});

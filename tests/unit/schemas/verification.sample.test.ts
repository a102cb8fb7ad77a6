/**
 * The verification rules (src/schemas/verification.rules.ts) where an editor meets them: a procedure guide's
 * check is due again after 180 days as a legal document's is; a sample contact detail written into content
 * without its flag is found wherever it stands (at the very start of a text, inside a list item), with the
 * field as written in the file; the hours and values too short to find are not looked for.
 */
import { describe, expect, it } from 'vitest';
import { gateWarnings, sampleValueProblems } from '../../../src/schemas/verification.rules.ts';

const TODAY = '2026-11-30';

describe('gateWarnings: checks that are due again', () => {
  it('warns on a procedure checked 181 days ago, not on one checked 180 days ago', () => {
    const guide = (slug: string, checkedOn: string) => ({ collection: 'procedures', file: `content/procedures/vi/${slug}.mdx`, data: { checkedOn } });
    expect(gateWarnings([guide('a', '2026-06-02'), guide('b', '2026-06-03')], TODAY)).toEqual([
      { file: 'content/procedures/vi/a.mdx', field: 'checkedOn', message: 'last checked 2026-06-02, 181 days ago (more than 180): check it again' },
    ]);
  });

  it('warns on a legal document by its status check', () => {
    expect(gateWarnings([{ collection: 'legal', file: 'content/legal/vi/a.mdx', data: { statusCheckedOn: '2026-01-01', checkedOn: TODAY } }], TODAY)).toEqual([
      { file: 'content/legal/vi/a.mdx', field: 'statusCheckedOn', message: 'last checked 2026-01-01, 333 days ago (more than 180): check it again' },
    ]);
  });

  it('does not date-check other collections', () => {
    expect(gateWarnings([{ collection: 'news', file: 'content/news/vi/a.mdx', data: { checkedOn: '2020-01-01', statusCheckedOn: '2020-01-01' } }], TODAY)).toEqual([]);
  });
});

describe('sampleValueProblems: unconfirmed contact details written into content', () => {
  const settings = {
    collection: 'settings',
    file: 'content/settings/vi/site.yaml',
    data: {
      address: 'Số 1 Phố Thử',
      oneStopAddress: 'Bộ phận một cửa, Số 1 Phố Thử',
      hotline: '11223',
      phone: '112 233',
      email: 'thu@vi.du',
      hours: 'Thứ Hai đến Thứ Sáu',
      confirmedContacts: ['address', 'oneStopAddress'],
    },
  };
  const guide = (data: Record<string, unknown>, body = '') => ({ collection: 'procedures', file: 'content/procedures/vi/a.mdx', data, body });
  const flagHint = 'without its flag: write “(giá trị mẫu)” / “(sample value)” right after it, or confirm it in the site settings (confirmedContacts)';

  it('finds a value at the very start of a text, and one inside a list item, naming the field as written', () => {
    const entry = guide({ summary: 'thu@vi.du là địa chỉ nhận hồ sơ.', steps: [{ text: 'Nộp hồ sơ.' }, { text: 'Gọi 112233 để hỏi.', note: null }] });
    expect(sampleValueProblems([settings, entry])).toEqual([
      { file: 'content/procedures/vi/a.mdx', field: 'summary', message: `shows the sample e-mail “thu@vi.du” ${flagHint}` },
      { file: 'content/procedures/vi/a.mdx', field: 'steps[1].text', message: `shows the sample telephone “112233” ${flagHint}` },
    ]);
  });

  it('finds a value in a group of fields', () => {
    expect(sampleValueProblems([settings, guide({ contact: { phone: 'Gọi 112 233.' } })])).toEqual([
      { file: 'content/procedures/vi/a.mdx', field: 'contact.phone', message: `shows the sample telephone “112 233” ${flagHint}` },
    ]);
  });

  it('does not look for the hours, nor for a value shorter than six characters, nor for a confirmed one', () => {
    expect(sampleValueProblems([settings, guide({ summary: 'Làm việc Thứ Hai đến Thứ Sáu; đường dây nóng 11223; trụ sở Số 1 Phố Thử.' })])).toEqual([]);
  });

  it('accepts a value flagged right after it', () => {
    expect(sampleValueProblems([settings, guide({ summary: 'thu@vi.du (giá trị mẫu).' }, 'Gọi 112233 (sample value).')])).toEqual([]);
  });
});

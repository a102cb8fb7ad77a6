import { describe, expect, it } from 'vitest';
import { auditContent, cmsEntryUrl, type AuditEntry } from '../../../src/collections/audit.ts';
import { daysBetween, gateWarnings, sampleValueProblems, STALE_AFTER_DAYS } from '../../../src/schemas/verification.rules.ts';

const settings: AuditEntry = {
  collection: 'settings', lang: 'vi', slug: 'site', file: 'content/settings/vi/site.yaml',
  data: { authorityName: 'Ban', address: 'Số 1 Phố Thử', oneStopAddress: 'Bộ phận một cửa, Số 1 Phố Thử', hotline: '0225 1 111 111', phone: '0225 2 222 222', email: 'thu@vi.du', hours: 'Thứ Hai đến Thứ Sáu', confirmedContacts: ['phone'] },
};
const doc = (data: Record<string, unknown>, slug = 'a'): AuditEntry => ({
  collection: 'legal', lang: 'vi', slug, file: `content/legal/vi/${slug}.mdx`,
  data: { number: '1/2020/NĐ-CP', title: 'Nghị định thử', status: 'chua-xac-dinh', statusCheckedOn: '2026-11-30', sources: [{ title: 'x', url: 'https://vbpl.vn' }], verified: true, ...data },
});

describe('daysBetween', () => {
  it('counts whole days across months and leap years', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-11-30', '2026-11-30')).toBe(0);
  });
});

describe('gateWarnings', () => {
  it('warns on a source without URL or reference and on a check older than 180 days, not on one of exactly 180', () => {
    const w = gateWarnings([doc({ sources: [{ title: 'Ban biên tập tổng hợp' }], statusCheckedOn: '2026-01-01' }), doc({ statusCheckedOn: '2026-06-03' }, 'b')], '2026-11-30');
    expect(daysBetween('2026-06-03', '2026-11-30')).toBe(STALE_AFTER_DAYS);
    expect(w.map((x) => `${x.file} ${x.field}`)).toEqual(['content/legal/vi/a.mdx sources[0]', 'content/legal/vi/a.mdx statusCheckedOn']);
  });
});

describe('sampleValueProblems', () => {
  it('refuses an unconfirmed value without its flag, in a field or a body, and accepts it flagged or confirmed', () => {
    const bare = doc({ summary: 'Liên hệ thu@vi.du.' });
    const flagged = doc({ summary: 'Liên hệ thu@vi.du (giá trị mẫu).' }, 'b');
    const confirmed = doc({ summary: 'Gọi 0225 2 222 222.' }, 'c');
    const body = { ...doc({}, 'd'), body: 'Đến Số 1 Phố Thử để nộp.' };
    const p = sampleValueProblems([settings, bare, flagged, confirmed, body]);
    expect(p.map((x) => `${x.file} ${x.field}`)).toEqual(['content/legal/vi/a.mdx summary', 'content/legal/vi/d.mdx body']);
    expect(p[0]!.message).toMatch(/e-mail “thu@vi.du” without its flag/);
  });
});

describe('auditContent', () => {
  it('lists awaiting facts, unverified entries, sample contacts and sources without URL, with CMS links', () => {
    const a = auditContent([settings, doc({ verified: false, sources: [{ title: 'Không rõ' }, { title: 'Công báo', reference: 'Số 1' }] })], '2026-11-30');
    expect(a.counts).toEqual({ awaiting: 4, stale: 0, unverified: 1, sample: 5, noSource: 1 });
    expect(a.items.filter((i) => i.kind === 'awaiting').map((i) => i.detail)).toEqual(['Người ký', 'Ngày có hiệu lực', 'Ngày hết hiệu lực', 'Tình trạng hiệu lực']);
    expect(a.items.find((i) => i.kind === 'noSource')).toMatchObject({ detail: 'Không rõ', entry: '1/2020/NĐ-CP – Nghị định thử', cmsUrl: '/admin/#/collections/legal/entries/a' });
    expect(cmsEntryUrl('settings', 'site')).toBe('/admin/#/collections/settings/entries/site');
  });

  it('lists only the Vietnamese entries (facts are shared by both languages)', () => {
    expect(auditContent([{ ...doc({ verified: false }), lang: 'en' }], '2026-11-30').items).toEqual([]);
  });
});

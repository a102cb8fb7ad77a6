import { describe, expect, it } from 'vitest';
import { dictionaries, missingKeys, t } from '../../../src/i18n/ui.ts';
import { pageUrl, sections } from '../../../src/i18n/routes.ts';
import { langs } from '../../../src/i18n/locales.ts';

describe('UI dictionaries', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(missingKeys()).toEqual([]);
  });
  it('report a key missing in either language', () => {
    expect(missingKeys({ vi: { a: '1', b: '2' }, en: { a: '1', c: '3' } })).toEqual([
      '"b" is missing in the en dictionary',
      '"c" is missing in the vi dictionary',
    ]);
  });
  it('store Vietnamese in NFC', () => {
    for (const [key, text] of Object.entries(dictionaries.vi)) expect(text, key).toBe(text.normalize('NFC'));
  });
  it('fill in placeholders', () => {
    expect(t('vi', 'legal.count', { n: 10 })).toBe('10 văn bản');
    expect(t('en', 'legal.statusChecked', { date: '29 November 2026' })).toBe('checked on 29 November 2026');
  });
});

describe('routes', () => {
  it('give readable URLs in each language', () => {
    expect(pageUrl('vi', 'legal', '61-2018-nd-cp')).toBe('/vi/van-ban/61-2018-nd-cp/');
    expect(pageUrl('en', 'legal', '61-2018-nd-cp')).toBe('/en/legal/61-2018-nd-cp/');
    expect(pageUrl('en', 'home')).toBe('/en/');
  });
  it('have a distinct ASCII segment per section and language', () => {
    for (const lang of langs) {
      const segs = Object.values(sections).map((s) => s[lang]).filter(Boolean);
      expect(new Set(segs).size).toBe(segs.length);
      for (const s of segs) expect(s).toMatch(/^[a-z0-9-]+$/);
    }
  });
});

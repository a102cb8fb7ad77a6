import { describe, expect, it } from 'vitest';
import { isRealDate, isoDate, nonBlank } from '../../../src/schemas/fields.ts';
import { DOCUMENT_NUMBER } from '../../../src/schemas/legal.ts';
import { documentKey } from '../../../src/schemas/legal.rules.ts';

describe('dates', () => {
  it.each([
    ['2018-04-23', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2020-13-45', false],
    ['2020-00-10', false],
    ['2021-04-31', false],
    ['2021-4-3', false],
    ['23/04/2018', false],
  ])('%s exists: %s', (value, ok) => {
    expect(isRealDate(value)).toBe(ok);
    expect(isoDate.safeParse(value).success).toBe(ok);
  });

  it('accepts the Date that Astro’s YAML parser makes, as a calendar date', () => {
    expect(isoDate.parse(new Date('2018-04-23T00:00:00Z'))).toBe('2018-04-23');
  });
});

describe('document numbers', () => {
  it.each(['61/2018/NĐ-CP', '76/NQ-CP', '01/2018/TT-VPCP', '431/KH-BQL', '35/2023/UBTVQH15', '09/2018/QĐ-UBND', '23/CT-TTg'])('%s is valid', (n) => {
    expect(DOCUMENT_NUMBER.test(n)).toBe(true);
  });
  it.each(['61/2018/nđ-cp', '61-2018-ND-CP', 'NĐ-CP', '-1/2018/TT-VPCP', '61/2018/NĐ-CP ', '61//NĐ-CP'])('%s is refused', (n) => {
    expect(DOCUMENT_NUMBER.test(n)).toBe(false);
  });

  it('treats the NFD spelling of Đ-less numbers and NFC as the same key', () => {
    const nfd = '61/2018/NĐ-CP'.normalize('NFD');
    expect(documentKey(nfd, '2018-04-23')).toBe(documentKey('61/2018/NĐ-CP', '2018-04-23'));
  });

  it('keys numbers without a year by their year of issue', () => {
    expect(documentKey('13/CT-TTg', '2015-06-10')).not.toBe(documentKey('13/CT-TTg', '2024-05-01'));
    expect(documentKey('61/2018/NĐ-CP', '2018-04-23')).toBe('61/2018/NĐ-CP');
  });
});

describe('text fields', () => {
  it('normalises Vietnamese to NFC and trims', () => {
    const nfd = ' Nghị định về một cửa '.normalize('NFD');
    const out = nonBlank().parse(nfd);
    expect(out).toBe('Nghị định về một cửa');
    expect(out === out.normalize('NFC')).toBe(true);
  });
  it('refuses blank text', () => {
    expect(nonBlank().safeParse('   ').success).toBe(false);
  });
});

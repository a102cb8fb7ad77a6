/**
 * Which contact details of the Authority are published as fact (src/schemas/settings.contacts.ts), and the
 * forms in which a sample value is looked for in content: a telephone number as written and as its digits
 * (a tel: link), the hours line by line, the others as written.
 */
import { describe, expect, it } from 'vitest';
import { confirmedValue, isConfirmed, searchForms, unconfirmedContacts } from '../../../src/schemas/settings.contacts.ts';

const settings = {
  address: 'Số 1 Phố Thử, phường Hạ Long',
  oneStopAddress: 'Bộ phận một cửa, Số 1 Phố Thử',
  hotline: '0225 1 111 111',
  phone: '+84 225 3822 222',
  email: 'thu@vi.du',
  hours: 'Thứ Hai đến Thứ Sáu',
};

describe('confirmed contact details', () => {
  it('publishes a confirmed detail and holds back the others', () => {
    const s = { ...settings, confirmedContacts: ['phone', 'email'] as const };
    expect(isConfirmed(s, 'phone')).toBe(true);
    expect(isConfirmed(s, 'hotline')).toBe(false);
    expect(confirmedValue(s, 'email')).toBe('thu@vi.du');
    expect(confirmedValue(s, 'address')).toBeUndefined();
    expect(unconfirmedContacts(s)).toEqual([
      { field: 'address', value: 'Số 1 Phố Thử, phường Hạ Long' },
      { field: 'oneStopAddress', value: 'Bộ phận một cửa, Số 1 Phố Thử' },
      { field: 'hotline', value: '0225 1 111 111' },
      { field: 'hours', value: 'Thứ Hai đến Thứ Sáu' },
    ]);
  });

  it('holds back every detail while none is confirmed', () => {
    expect(unconfirmedContacts(settings).map((c) => c.field)).toEqual(['address', 'oneStopAddress', 'hotline', 'phone', 'email', 'hours']);
    expect(confirmedValue(settings, 'hotline')).toBeUndefined();
  });
});

describe('searchForms', () => {
  it('a telephone number or hotline as written and as its digits, keeping a leading +', () => {
    expect(searchForms('hotline', '0225 1 111 111')).toEqual(['0225 1 111 111', '02251111111']);
    expect(searchForms('phone', '+84 (225) 3822-222')).toEqual(['+84 (225) 3822-222', '+842253822222']);
  });

  it('an address or e-mail only as written, digits and all', () => {
    expect(searchForms('address', 'Số 1 Phố Thử, phường 2')).toEqual(['Số 1 Phố Thử, phường 2']);
    expect(searchForms('oneStopAddress', 'Tầng 1, Số 1 Phố Thử')).toEqual(['Tầng 1, Số 1 Phố Thử']);
    expect(searchForms('email', 'mot-cua@vi.du')).toEqual(['mot-cua@vi.du']);
  });

  it('the hours line by line, trimmed, leaving out lines of eight characters or fewer', () => {
    expect(searchForms('hours', 'Thứ Hai đến Thứ Sáu: 7:30–17:00\n  Chủ nhật:  \nSáng: 8h\nThứ Bảy')).toEqual(['Thứ Hai đến Thứ Sáu: 7:30–17:00', 'Chủ nhật:']);
  });
});

/**
 * The validity status readers see, derived in one place (src/collections/legal/status.ts), on both sides
 * of every date that can move it: a document is in force ON its effective day and no longer ON its end day.
 */
import { describe, expect, it } from 'vitest';
import { validity } from '../../../../src/collections/legal/status.ts';
import type { Status } from '../../../../src/schemas/legal.vocab.ts';

const checked = '2026-11-20';
const on = (status: Status, today: string, dates: { effective?: string; expiry?: string } = {}) =>
  validity({ status, statusCheckedOn: checked, ...dates }, today);

describe('validity: each recorded status with no dates to move it', () => {
  it.each([
    ['con-hieu-luc', 'in-force'],
    ['het-hieu-luc-mot-phan', 'partly'],
    ['het-hieu-luc-toan-bo', 'no-longer'],
    ['chua-co-hieu-luc', 'not-yet'],
    ['ngung-hieu-luc', 'suspended'],
    ['chua-xac-dinh', 'awaiting'],
  ] as const)('%s is shown as %s, with the date it was checked', (status, badge) => {
    expect(on(status, '2026-11-30')).toEqual(expect.objectContaining({ status, recorded: status, badge, checkedOn: checked }));
  });
});

describe('validity: a future effective date', () => {
  it('shows "in force" as not yet in force until the day before the effective date', () => {
    expect(on('con-hieu-luc', '2026-12-31', { effective: '2027-01-01' })).toEqual({
      status: 'chua-co-hieu-luc',
      recorded: 'con-hieu-luc',
      badge: 'not-yet',
      checkedOn: checked,
      noExpiryExpected: true,
    });
  });
  it('shows it in force on the effective day itself', () => {
    expect(on('con-hieu-luc', '2027-01-01', { effective: '2027-01-01' })).toEqual(
      expect.objectContaining({ status: 'con-hieu-luc', badge: 'in-force', since: '2027-01-01' }),
    );
  });
  it('moves "not yet in force" to in force once the effective day has come, not before', () => {
    expect(on('chua-co-hieu-luc', '2027-01-01', { effective: '2027-01-01' })).toEqual(
      expect.objectContaining({ status: 'con-hieu-luc', recorded: 'chua-co-hieu-luc', badge: 'in-force', since: '2027-01-01' }),
    );
    expect(on('chua-co-hieu-luc', '2026-12-31', { effective: '2027-01-01' }).status).toBe('chua-co-hieu-luc');
  });
});

describe('validity: an end of effect that has passed', () => {
  it('shows "in force" as no longer in force from the end day, and in force the day before', () => {
    expect(on('con-hieu-luc', '2025-07-01', { effective: '2018-06-21', expiry: '2025-07-01' })).toEqual({
      status: 'het-hieu-luc-toan-bo',
      recorded: 'con-hieu-luc',
      badge: 'no-longer',
      checkedOn: checked,
      since: '2025-07-01',
      noExpiryExpected: false,
    });
    expect(on('con-hieu-luc', '2025-06-30', { effective: '2018-06-21', expiry: '2025-07-01' }).status).toBe('con-hieu-luc');
  });
  it('ends a partly-in-force document too', () => {
    expect(on('het-hieu-luc-mot-phan', '2026-01-01', { expiry: '2025-07-01' }).status).toBe('het-hieu-luc-toan-bo');
    expect(on('het-hieu-luc-mot-phan', '2025-06-30', { expiry: '2025-07-01' }).status).toBe('het-hieu-luc-mot-phan');
  });
  it('dates a recorded "no longer in force" from its end of effect', () => {
    expect(on('het-hieu-luc-toan-bo', '2026-11-30', { expiry: '2025-07-01' })).toEqual(expect.objectContaining({ status: 'het-hieu-luc-toan-bo', since: '2025-07-01' }));
  });
});

describe('validity: what is never inferred from dates', () => {
  it('keeps a status awaiting verification, whatever the dates say', () => {
    expect(on('chua-xac-dinh', '2026-11-30', { effective: '2018-06-21', expiry: '2025-07-01' })).toEqual(
      expect.objectContaining({ status: 'chua-xac-dinh', badge: 'awaiting', noExpiryExpected: false }),
    );
  });
  it('keeps a suspended document suspended after its end date', () => {
    expect(on('ngung-hieu-luc', '2026-11-30', { expiry: '2025-07-01' }).status).toBe('ngung-hieu-luc');
  });
});

describe('validity: whether an end of effect is expected', () => {
  it('is not for a document in force or not yet in force with none recorded', () => {
    expect(on('con-hieu-luc', '2026-11-30').noExpiryExpected).toBe(true);
    expect(on('chua-co-hieu-luc', '2026-11-30').noExpiryExpected).toBe(true);
  });
  it('is, for a document in force with a future end recorded (the date is shown instead)', () => {
    expect(on('con-hieu-luc', '2026-11-30', { expiry: '2030-01-01' }).noExpiryExpected).toBe(false);
  });
  it('is, for the statuses that need an end date to be complete', () => {
    for (const s of ['het-hieu-luc-mot-phan', 'het-hieu-luc-toan-bo', 'ngung-hieu-luc', 'chua-xac-dinh'] as const) {
      expect(on(s, '2026-11-30').noExpiryExpected, s).toBe(false);
    }
  });
});

describe('validity: the date a shown status holds from (since)', () => {
  it('is the effective date for a document in force, and for one not yet in force', () => {
    expect(on('con-hieu-luc', '2026-11-30', { effective: '2018-06-21' }).since).toBe('2018-06-21');
    expect(on('chua-co-hieu-luc', '2026-11-30', { effective: '2027-01-01' }).since).toBe('2027-01-01');
    // A recorded "in force" shown as not yet in force: the page says when it will be, not since when.
    expect(on('con-hieu-luc', '2026-11-30', { effective: '2027-01-01' }).since).toBeUndefined();
  });
  it('is never given for the statuses no date moves, even when dates are recorded', () => {
    for (const s of ['het-hieu-luc-mot-phan', 'ngung-hieu-luc', 'chua-xac-dinh'] as const) {
      expect(on(s, '2026-11-30', { effective: '2018-06-21', expiry: '2030-01-01' }), s).not.toHaveProperty('since');
    }
  });
  it('is absent when no date is recorded', () => {
    expect(on('con-hieu-luc', '2026-11-30')).not.toHaveProperty('since');
    expect(on('het-hieu-luc-toan-bo', '2026-11-30')).not.toHaveProperty('since');
  });
});

describe('validity: dates that are missing or ended early', () => {
  it('keeps a document in force when no effective date is recorded', () => {
    expect(on('con-hieu-luc', '2026-11-30')).toEqual({ status: 'con-hieu-luc', recorded: 'con-hieu-luc', badge: 'in-force', checkedOn: checked, noExpiryExpected: true });
  });
  it('shows a "not yet in force" document whose end has already passed as no longer in force, from its end', () => {
    expect(on('chua-co-hieu-luc', '2026-11-30', { effective: '2020-01-01', expiry: '2021-01-01' })).toEqual({
      status: 'het-hieu-luc-toan-bo',
      recorded: 'chua-co-hieu-luc',
      badge: 'no-longer',
      checkedOn: checked,
      since: '2021-01-01',
      noExpiryExpected: false,
    });
  });
});

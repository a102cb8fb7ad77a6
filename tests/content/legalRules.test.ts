/**
 * The legal register's own rules, on both sides of every boundary: what an editor may publish today
 * and what is refused, with the file and field named. "Today" is today in Việt Nam: the clock is fixed
 * so that the boundary days are the same on every run.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeProject, mdx, problemsOf, validDoc, validPair } from '../helpers/contentFixture.ts';
import { runContentGate } from '../../src/pipeline/gate/contentGate.ts';

const VI = 'content/legal/vi/61-2018-nd-cp.mdx';
// 12:00 on 15 November 2026 in Hà Nội (UTC+7).
const NOW = new Date('2026-11-15T05:00:00Z');
const TODAY = '2026-11-15';
const TOMORROW = '2026-11-16';
const YESTERDAY = '2026-11-14';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

const legalProblems = (files: Record<string, string>) => problemsOf(files).filter((p) => p.file.startsWith('content/legal/'));

describe('dates checked against today in Việt Nam', () => {
  it('accepts a status checked today and refuses one checked tomorrow', () => {
    expect(legalProblems(validPair({ statusCheckedOn: TODAY, changes: [{ date: TODAY, note: 'Đăng tải.' }] }))).toEqual([]);
    const p = legalProblems(validPair({ statusCheckedOn: TOMORROW }));
    expect(p).toEqual([
      { file: 'content/legal/en/61-2018-nd-cp.mdx', field: 'statusCheckedOn', message: `${TOMORROW} is in the future: the status cannot have been checked then` },
      { file: VI, field: 'statusCheckedOn', message: `${TOMORROW} is in the future: the status cannot have been checked then` },
    ]);
  });

  it('takes the day in Việt Nam, not in UTC: at 00:30 in Hà Nội it is already the new day', () => {
    vi.setSystemTime(new Date(`${YESTERDAY}T17:30:00Z`));
    expect(legalProblems(validPair({ statusCheckedOn: TODAY, changes: [{ date: TODAY, note: 'Đăng tải.' }] }))).toEqual([]);
    vi.setSystemTime(new Date(`${YESTERDAY}T16:30:00Z`));
    expect(legalProblems(validPair({ statusCheckedOn: TODAY })).map((p) => p.field)).toEqual(['statusCheckedOn', 'statusCheckedOn']);
  });

  it('accepts a document issued today and refuses one issued tomorrow', () => {
    const today = { issued: TODAY, effective: TODAY, statusCheckedOn: TODAY, changes: [{ date: TODAY, note: 'Đăng tải.' }] };
    expect(legalProblems(validPair(today))).toEqual([]);
    const p = legalProblems(validPair({ ...today, issued: TOMORROW, effective: TOMORROW }));
    expect(p).toContainEqual({ file: VI, field: 'issued', message: `${TOMORROW} is in the future` });
  });

  it('accepts a status checked on the day of issue and refuses one checked the day before', () => {
    expect(legalProblems(validPair({ statusCheckedOn: '2018-04-23' }))).toEqual([]);
    expect(legalProblems(validPair({ statusCheckedOn: '2018-04-22' }))).toContainEqual({ file: VI, field: 'statusCheckedOn', message: '2018-04-22 is before the document was issued' });
  });

  it('accepts a change noted today and refuses one noted tomorrow', () => {
    expect(legalProblems(validPair({ changes: [{ date: TODAY, note: 'Cập nhật.' }] }))).toEqual([]);
    expect(legalProblems(validPair({ changes: [{ date: TOMORROW, note: 'Cập nhật.' }] }))).toContainEqual({
      file: VI,
      field: 'changes[0].date',
      message: `${TOMORROW} is in the future: a change is noted on the day it is made`,
    });
  });

  it('accepts a change noted on the day of issue, refuses the day before, and accepts two notes of one day', () => {
    expect(legalProblems(validPair({ changes: [{ date: '2018-04-23', note: 'Ban hành.' }] }))).toEqual([]);
    expect(legalProblems(validPair({ changes: [{ date: '2018-04-22', note: 'Trước.' }] }))).toContainEqual({
      file: VI,
      field: 'changes[0].date',
      message: "2018-04-22 is before 2018-04-23, the date the page's subject came to be",
    });
    const sameDay = [
      { date: '2026-01-02', note: 'Hai.' },
      { date: '2026-01-02', note: 'Một.' },
    ];
    expect(legalProblems(validPair({ changes: sameDay }))).toEqual([]);
  });
});

describe('effective date and end of effect', () => {
  it('accepts an effective date on the day of issue and refuses the day before', () => {
    expect(legalProblems(validPair({ effective: '2018-04-23' }))).toEqual([]);
    expect(legalProblems(validPair({ effective: '2018-04-22' }))).toContainEqual({
      file: VI,
      field: 'effective',
      message: 'the effective date 2018-04-22 is before the date of issue 2018-04-23',
    });
  });

  it('compares the end of effect with the EFFECTIVE date, not the date of issue', () => {
    // Issued 2018-04-23, in force from 2018-06-21: an end of effect in between is refused.
    const p = legalProblems(validPair({ expiry: '2018-05-01', status: 'het-hieu-luc-toan-bo' }));
    expect(p).toContainEqual({ file: VI, field: 'expiry', message: 'the end of effect 2018-05-01 is before the document took effect' });
    expect(legalProblems(validPair({ expiry: '2018-06-21', status: 'het-hieu-luc-toan-bo' }))).toEqual([]);
    expect(legalProblems(validPair({ expiry: '2018-06-20', status: 'het-hieu-luc-toan-bo' })).map((x) => x.field)).toEqual(['expiry', 'expiry']);
  });

  it('compares the end of effect with the date of issue when there is no effective date', () => {
    const noEffective = { ...validDoc({ expiry: '2018-04-22' }) };
    delete noEffective.effective;
    const p = problemsOf({ 'legal/vi/61-2018-nd-cp.mdx': mdx(noEffective) });
    expect(p).toEqual([{ file: VI, field: 'expiry', message: 'the end of effect 2018-04-22 is before the document took effect' }]);
    const onIssue = { ...noEffective, expiry: '2018-04-23' };
    expect(problemsOf({ 'legal/vi/61-2018-nd-cp.mdx': mdx(onIssue) })).toEqual([]);
  });
});

describe('document numbers', () => {
  it('refuses a duplicate that differs only in letter case', () => {
    const p = legalProblems({ ...validPair(), 'legal/vi/61-2018-nd-cp-ban-sao.mdx': mdx(validDoc({ number: '61/2018/Nđ-Cp' })) });
    expect(p).toEqual([
      { file: 'content/legal/vi/61-2018-nd-cp.mdx', field: 'number', message: 'the number 61/2018/NĐ-CP is already used by content/legal/vi/61-2018-nd-cp-ban-sao.mdx' },
    ]);
  });

  it('refuses a duplicate written in another Unicode form (decomposed Đ and marks)', () => {
    const p = legalProblems({ ...validPair(), 'legal/vi/x.mdx': mdx(validDoc({ number: '61/2018/NĐ-CP'.normalize('NFD') })) });
    expect(p.map((x) => x.field)).toEqual(['number']);
  });

  it('refuses a yearless number used twice in the same year, allows it in another year', () => {
    const ct = (issued: string) => validDoc({ number: '13/CT-TTg', docType: 'chi-thi', issued, effective: issued });
    const same = legalProblems({ 'legal/vi/a.mdx': mdx(ct('2024-05-01')), 'legal/vi/b.mdx': mdx(ct('2024-12-31')) });
    expect(same).toEqual([{ file: 'content/legal/vi/b.mdx', field: 'number', message: 'the number 13/CT-TTg is already used by content/legal/vi/a.mdx' }]);
    expect(legalProblems({ 'legal/vi/a.mdx': mdx(ct('2024-12-31')), 'legal/vi/b.mdx': mdx(ct('2025-01-01')) })).toEqual([]);
  });

  it('allows the same number once per language (a translation is not a duplicate)', () => {
    expect(legalProblems(validPair())).toEqual([]);
  });
});

describe('relations', () => {
  it('refuses a relation of a document to itself', () => {
    const p = legalProblems(validPair({ relations: [{ type: 'can-cu', target: '61-2018-nd-cp' }] }));
    expect(p).toContainEqual({ file: VI, field: 'relations[0].target', message: 'a document cannot relate to itself' });
  });

  it('requires the English relations to have the same type and target as the Vietnamese original, with translated notes', () => {
    const files = {
      ...validPair({ relations: [{ type: 'can-cu', target: '1-2015-qh13', note: 'Ghi chú.' }] }, { relations: [{ type: 'can-cu', target: '1-2015-qh13', note: 'A note.' }] }),
      'legal/vi/1-2015-qh13.mdx': mdx(validDoc({ number: '1/2015/QH13', docType: 'luat', issuer: 'quoc-hoi', issued: '2015-01-01', effective: '2015-01-01' })),
    };
    expect(legalProblems(files)).toEqual([]);
    const swapped = { ...files, 'legal/en/61-2018-nd-cp.mdx': mdx(validDoc({ relations: [{ type: 'huong-dan', target: '1-2015-qh13' }] })) };
    expect(legalProblems(swapped)).toEqual([
      {
        file: 'content/legal/en/61-2018-nd-cp.mdx',
        field: 'relations',
        message: 'the relations (type and target) differ from the Vietnamese original content/legal/vi/61-2018-nd-cp.mdx',
      },
    ]);
  });
});

describe('file names', () => {
  it.each(['61-2018-nd-cp', '1', 'a1-b2'])('accepts %s', (slug) => {
    const { problems, entries } = runContentGate(makeProject({ [`legal/vi/${slug}.mdx`]: mdx(validDoc()) }));
    expect(problems).toEqual([]);
    expect(entries.filter((e) => e.collection === 'legal').map((e) => e.slug)).toEqual([slug]);
  });

  it.each(['61-2018-ND-CP', 'Nghi-dinh', '61_2018', '61--2018', '-61', '61-', '61 2018', 'nghị-định'])('refuses %s', (slug) => {
    const { problems, entries } = runContentGate(makeProject({ [`legal/vi/${slug}.mdx`]: mdx(validDoc()) }));
    expect(problems).toEqual([
      { file: `content/legal/vi/${slug}.mdx`, message: 'the file name must be lower-case ASCII words joined by hyphens, such as 61-2018-nd-cp' },
    ]);
    expect(entries.filter((e) => e.collection === 'legal')).toEqual([]);
  });

  it('refuses a file with the wrong extension and one outside the language folders', () => {
    const { problems } = runContentGate(makeProject({ 'legal/vi/a.md': mdx(validDoc()), 'legal/a.mdx': mdx(validDoc()), 'legal/de/a.mdx': mdx(validDoc()), 'legal/vi/x/a.mdx': mdx(validDoc()) }));
    expect(problems).toEqual([
      { file: 'content/legal/a.mdx', message: 'content files belong in content/legal/vi/ or content/legal/en/' },
      { file: 'content/legal/de/a.mdx', message: 'content files belong in content/legal/vi/ or content/legal/en/' },
      { file: 'content/legal/vi/a.md', message: 'files of this collection end in .mdx' },
      { file: 'content/legal/vi/x/a.mdx', message: 'content files belong in content/legal/vi/ or content/legal/en/' },
    ]);
  });

  it('skips hidden files such as .gitkeep', () => {
    expect(runContentGate(makeProject({ 'legal/vi/.gitkeep': '', ...validPair() })).problems).toEqual([]);
  });
});

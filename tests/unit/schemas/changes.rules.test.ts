/**
 * The rules for change notes and withdrawal (src/schemas/changes.rules.ts), called as the legal and
 * procedure rules call them, with a fixed "today": what an editor reads for each mistake, in English and
 * Vietnamese, the field it points at, and the day on each side of every limit.
 */
import { describe, expect, it } from 'vitest';
import { changeNoteProblems, newestNoteProblems, withdrawalProblems } from '../../../src/schemas/changes.rules.ts';
import type { GateEntry } from '../../../src/schemas/problems.ts';

const TODAY = '2026-11-30';
const ISSUED = '2018-04-23';

function page(slug: string, lang: 'vi' | 'en', data: Record<string, unknown>): GateEntry {
  return { collection: 'legal', lang, slug, file: `content/legal/${lang}/${slug}.mdx`, data, body: '' };
}
const notes = (...dates: string[]) => dates.map((date) => ({ date, note: 'Cập nhật.' }));
const issuedOf = (e: GateEntry) => e.data.issued as string | undefined;

/** Problems as [file, field, English, Vietnamese]. */
const rows = (ps: { file: string; field?: string; message: string; vi?: string }[]) => ps.map((p) => [p.file, p.field, p.message, p.vi]);

describe('change notes', () => {
  it('accepts notes newest first, from the day of issue up to today', () => {
    expect(changeNoteProblems([page('a', 'vi', { issued: ISSUED, changes: notes(TODAY, '2020-01-01', ISSUED) })], TODAY, issuedOf)).toEqual([]);
  });

  it('refuses a note dated tomorrow', () => {
    expect(rows(changeNoteProblems([page('a', 'vi', { issued: ISSUED, changes: notes('2026-12-01', ISSUED) })], TODAY, issuedOf))).toEqual([
      ['content/legal/vi/a.mdx', 'changes[0].date', '2026-12-01 is in the future: a change is noted on the day it is made', 'Ngày cập nhật ở tương lai: ghi ngày thay đổi được thực hiện.'],
    ]);
  });

  it('refuses a note dated the day before the document was issued', () => {
    expect(rows(changeNoteProblems([page('a', 'vi', { issued: ISSUED, changes: notes('2020-01-01', '2018-04-22') })], TODAY, issuedOf))).toEqual([
      ['content/legal/vi/a.mdx', 'changes[1].date', "2018-04-22 is before 2018-04-23, the date the page's subject came to be", 'Ngày cập nhật trước ngày 2018-04-23, khi văn bản chưa có.'],
    ]);
  });

  it('has no lower limit where the page names none', () => {
    expect(changeNoteProblems([page('a', 'vi', { changes: notes('1990-01-01') })], TODAY, () => undefined)).toEqual([]);
  });

  it('refuses a note newer than the one above it, but not one of the same day', () => {
    expect(rows(changeNoteProblems([page('a', 'vi', { changes: notes('2020-01-01', '2020-01-01', '2021-05-05') })], TODAY, () => undefined))).toEqual([
      ['content/legal/vi/a.mdx', 'changes[2].date', '2021-05-05 is newer than the note above it (2020-01-01): list the newest change first', 'Mới hơn dòng phía trên: ghi thay đổi mới nhất lên đầu.'],
    ]);
  });

  it('passes over a page without notes', () => {
    expect(changeNoteProblems([page('a', 'vi', {}), page('a', 'en', {})], TODAY, () => undefined)).toEqual([]);
  });

  it('refuses an English translation whose note dates differ from the Vietnamese original, naming both lists', () => {
    const vi = page('a', 'vi', { changes: notes('2026-11-01', '2020-01-01') });
    const en = page('a', 'en', { changes: notes('2026-11-01') });
    const other = page('b', 'vi', { changes: notes('2019-01-01') });
    expect(rows(changeNoteProblems([vi, en, other], TODAY, () => undefined))).toEqual([
      [
        'content/legal/en/a.mdx',
        'changes',
        'the dates of the change notes (2026-11-01) differ from the Vietnamese original content/legal/vi/a.mdx (2026-11-01, 2020-01-01)',
        'Ngày của các dòng cập nhật khác với bản tiếng Việt.',
      ],
    ]);
    // The same dates, the notes translated: nothing to report; a translation without its original is another rule's matter.
    expect(changeNoteProblems([vi, { ...en, data: { changes: notes('2026-11-01', '2020-01-01') } }, page('c', 'en', { changes: notes('2021-01-01') })], TODAY, () => undefined)).toEqual([]);
  });
});

describe('withdrawal', () => {
  it('needs both the date and the reason', () => {
    expect(rows(withdrawalProblems([page('a', 'vi', { withdrawnOn: '2026-11-01' }), page('b', 'vi', { withdrawnReason: 'Trùng với trang khác.' })], TODAY, () => undefined))).toEqual([
      ['content/legal/vi/a.mdx', 'withdrawnReason', 'a withdrawn page needs the reason for its withdrawal', 'Trang đã gỡ cần ghi lý do gỡ bỏ.'],
      ['content/legal/vi/b.mdx', 'withdrawnOn', 'a reason for withdrawal is given without the date', 'Có lý do gỡ bỏ nhưng chưa có ngày gỡ.'],
    ]);
  });

  it('accepts a withdrawal today or on the day of issue', () => {
    const reason = 'Đã được thay thế.';
    expect(withdrawalProblems([page('a', 'vi', { issued: ISSUED, withdrawnOn: TODAY, withdrawnReason: reason }), page('b', 'vi', { issued: ISSUED, withdrawnOn: ISSUED, withdrawnReason: reason })], TODAY, issuedOf)).toEqual([]);
  });

  it('refuses a withdrawal dated tomorrow', () => {
    expect(rows(withdrawalProblems([page('a', 'vi', { issued: ISSUED, withdrawnOn: '2026-12-01', withdrawnReason: 'Đã được thay thế.' })], TODAY, issuedOf))).toEqual([
      ['content/legal/vi/a.mdx', 'withdrawnOn', '2026-12-01 is in the future', 'Ngày gỡ bỏ ở tương lai.'],
    ]);
  });

  it('refuses a withdrawal dated the day before the document was issued', () => {
    expect(rows(withdrawalProblems([page('a', 'vi', { issued: ISSUED, withdrawnOn: '2018-04-22', withdrawnReason: 'Nhầm.' })], TODAY, issuedOf))).toEqual([
      ['content/legal/vi/a.mdx', 'withdrawnOn', '2018-04-22 is before 2018-04-23', 'Ngày gỡ bỏ trước ngày 2018-04-23.'],
    ]);
  });
});

describe('the newest change note against the acts on a document', () => {
  const doc = (slug: string, lang: 'vi' | 'en', data: Record<string, unknown>) => page(slug, lang, { number: `${slug}/NĐ-CP`, issued: '2018-01-01', changes: notes('2018-01-01'), ...data });

  it('refuses a newest note older than the day a document amending it was issued', () => {
    const amended = doc('61-2018', 'vi', { changes: notes('2020-06-30', '2018-04-23') });
    const amending = doc('45-2020', 'vi', { issued: '2020-07-01', relations: [{ type: 'sua-doi-bo-sung', target: '61-2018' }] });
    expect(newestNoteProblems([amended, amending], TODAY)).toEqual([
      {
        file: 'content/legal/vi/61-2018.mdx',
        field: 'changes[0].date',
        message: 'the newest change note (2020-06-30) is older than 2020-07-01, when 45-2020/NĐ-CP (content/legal/vi/45-2020.mdx, relation "sua-doi-bo-sung") was issued: add a note saying what it changed',
      },
    ]);
  });

  it('accepts a note of the very day the act was issued', () => {
    const amended = doc('61-2018', 'vi', { changes: notes('2020-07-01', '2018-04-23') });
    const amending = doc('45-2020', 'vi', { issued: '2020-07-01', relations: [{ type: 'thay-the', target: '61-2018' }] });
    expect(newestNoteProblems([amended, amending], TODAY)).toEqual([]);
  });

  it('does not count a document that only cites this one', () => {
    const cited = doc('61-2018', 'vi', { changes: notes('2018-04-23') });
    const citing = doc('45-2020', 'vi', { issued: '2020-07-01', relations: [{ type: 'dan-chieu', target: '61-2018' }] });
    expect(newestNoteProblems([cited, citing], TODAY)).toEqual([]);
  });

  it('compares within one language: an English act does not act on a Vietnamese page', () => {
    const amended = doc('61-2018', 'vi', { changes: notes('2018-04-23') });
    const amendingEn = doc('45-2020', 'en', { issued: '2020-07-01', relations: [{ type: 'bai-bo', target: '61-2018' }] });
    expect(newestNoteProblems([amended, amendingEn], TODAY)).toEqual([]);
  });

  it('passes over a page without notes', () => {
    const bare = page('61-2018', 'vi', { number: '61/2018/NĐ-CP', issued: '2018-04-23', effective: '2018-06-21' });
    const amending = doc('45-2020', 'vi', { issued: '2020-07-01', relations: [{ type: 'huong-dan', target: '61-2018' }] });
    expect(newestNoteProblems([bare, amending], TODAY)).toEqual([]);
  });

  it('warns when the document took effect or ceased after its newest note, up to and including today', () => {
    const d = doc('61-2018', 'vi', { changes: notes('2026-01-01'), effective: TODAY, expiry: '2026-01-02' });
    expect(newestNoteProblems([d], TODAY)).toEqual([
      { file: 'content/legal/vi/61-2018.mdx', field: 'effective', severity: 'warning', message: 'the document took effect on 2026-11-30, after its newest change note (2026-01-01): check its status and add a note if it changed' },
      { file: 'content/legal/vi/61-2018.mdx', field: 'expiry', severity: 'warning', message: 'the document ceased to be in force on 2026-01-02, after its newest change note (2026-01-01): check its status and add a note if it changed' },
    ]);
  });

  it('does not warn for a date announced ahead (tomorrow) nor for one noted on the day', () => {
    const d = doc('61-2018', 'vi', { changes: notes('2026-01-01'), effective: '2026-01-01', expiry: '2026-12-01' });
    expect(newestNoteProblems([d], TODAY)).toEqual([]);
  });
});

/**
 * Procedure guides: bad input never gets through. One bad fixture per rule, each naming file and field.
 */
import { describe, expect, it } from 'vitest';
import { runContentGate } from '../../src/pipeline/gate/contentGate.ts';
import { makeProject, problemsOf, mdx, validPair, type Front } from '../helpers/contentFixture.ts';

const VI = 'content/procedures/vi/cap-giay-phep-lao-dong.mdx';
const EN = 'content/procedures/en/cap-giay-phep-lao-dong.mdx';

function validProcedure(overrides: Front = {}): Front {
  return {
    title: 'Cấp giấy phép lao động',
    summary: 'Tóm tắt.',
    field: 'lao-dong',
    level: 'cap-tinh',
    steps: [{ text: 'Nộp hồ sơ.' }, { text: 'Nhận kết quả.' }],
    channels: [
      { kind: 'truc-tiep', timeLimit: 10, timeUnit: 'ngay-lam-viec' },
      { kind: 'truc-tuyen' },
    ],
    dossier: [{ document: 'Văn bản đề nghị', copies: 1 }],
    applicants: ['Doanh nghiệp'],
    result: 'Giấy phép lao động.',
    legalBasis: [{ document: '61-2018-nd-cp' }],
    sources: [{ title: 'Nguồn thử nghiệm' }],
    checkedOn: '2026-11-01',
    verified: false,
    changes: [{ date: '2026-11-01', note: 'Đăng tải lần đầu.' }],
    ...overrides,
  };
}

/** A valid legal pair plus a procedure in both languages; `vi` and `en` override the two fronts. */
function project(vi: Front = {}, en: Front = {}) {
  return {
    ...validPair(),
    'procedures/vi/cap-giay-phep-lao-dong.mdx': mdx(validProcedure(vi)),
    'procedures/en/cap-giay-phep-lao-dong.mdx': mdx(validProcedure({ title: 'Work permit', summary: 'Summary.', ...vi, ...en })),
  };
}


describe('the content gate on procedure guides', () => {
  it('accepts a valid procedure in both languages', () => {
    const { problems, entries } = runContentGate(makeProject(project()));
    expect(problems).toEqual([]);
    expect(entries.filter((e) => e.collection === 'procedures')).toHaveLength(2);
  });

  it('refuses a procedure citing a legal document that does not exist', () => {
    const p = problemsOf(project({ legalBasis: [{ document: '61-2018-nd-cp' }, { document: '99-2099-nd-cp' }] }));
    expect(p).toContainEqual(
      expect.objectContaining({ file: VI, field: 'legalBasis[1].document', message: expect.stringMatching(/"99-2099-nd-cp", which is not an entry of legal/) }),
    );
  });

  it('refuses a time limit that is not a number', () => {
    const p = problemsOf(project({ channels: [{ kind: 'truc-tiep', timeLimit: '15 ngày', timeUnit: 'ngay' }] }));
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'channels[0].timeLimit', message: expect.stringMatching(/must be a number/) }));
  });

  it('refuses a time limit of zero or a fraction', () => {
    const p = problemsOf(project({ channels: [{ kind: 'truc-tiep', timeLimit: 0, timeUnit: 'ngay' }, { kind: 'buu-chinh', timeLimit: 1.5, timeUnit: 'ngay' }] }));
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'channels[0].timeLimit', message: expect.stringMatching(/at least 1/) }));
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'channels[1].timeLimit', message: expect.stringMatching(/whole number/) }));
  });

  it('refuses a time limit without its unit, and a unit without a number', () => {
    const p = problemsOf(project({ channels: [{ kind: 'truc-tiep', timeLimit: 15 }, { kind: 'truc-tuyen', timeUnit: 'ngay' }] }));
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'channels[0].timeUnit', message: expect.stringMatching(/needs its unit/) }));
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'channels[1].timeLimit', message: expect.stringMatching(/without the number/) }));
  });

  it('refuses an unknown unit, way to submit or online level', () => {
    const p = problemsOf(project({ onlineLevel: 'muc-4', channels: [{ kind: 'fax', timeLimit: 3, timeUnit: 'weeks' }] }));
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'onlineLevel', message: expect.stringMatching(/"muc-4" is not one of/) }));
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'channels[0].kind', message: expect.stringMatching(/"fax" is not one of/) }));
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'channels[0].timeUnit', message: expect.stringMatching(/"weeks" is not one of/) }));
  });

  it('refuses a fee written as text, or negative', () => {
    const p = problemsOf(project({ channels: [{ kind: 'truc-tiep', fee: 'miễn phí' }, { kind: 'truc-tuyen', fee: -1 }] }));
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'channels[0].fee', message: expect.stringMatching(/must be a number/) }));
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'channels[1].fee', message: expect.stringMatching(/at least 0/) }));
  });

  it('refuses the same way to submit listed twice', () => {
    const p = problemsOf(project({ channels: [{ kind: 'truc-tiep' }, { kind: 'truc-tiep' }] }));
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'channels[1].kind', message: expect.stringMatching(/listed twice/) }));
  });

  it('refuses a procedure with no steps, no way to submit or an empty dossier', () => {
    const p = problemsOf(project({ steps: [], channels: [], dossier: [] }));
    for (const field of ['steps', 'channels', 'dossier']) {
      expect(p).toContainEqual(expect.objectContaining({ file: VI, field, message: expect.stringMatching(/at least 1 item/) }));
    }
  });

  it('refuses a number of copies that is not a whole number', () => {
    const p = problemsOf(project({ dossier: [{ document: 'Đơn', copies: 'hai' }] }));
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'dossier[0].copies', message: expect.stringMatching(/must be a number/) }));
  });

  it('refuses a time limit or fee that differs between the languages', () => {
    const p = problemsOf(project({}, { channels: [{ kind: 'truc-tiep', timeLimit: 15, timeUnit: 'ngay-lam-viec' }, { kind: 'truc-tuyen' }] }));
    expect(p).toContainEqual(expect.objectContaining({ file: EN, field: 'channels', message: expect.stringMatching(/time limits and fees differ from the Vietnamese original/) }));
  });

  it('refuses a translation citing other documents than the original', () => {
    const p = problemsOf(project({}, { legalBasis: [] }));
    expect(p).toContainEqual(expect.objectContaining({ file: EN, field: 'legalBasis', message: expect.stringMatching(/cited documents differ/) }));
  });

  it('refuses a shared fact (field, level, code) that differs between the languages', () => {
    const p = problemsOf(project({}, { field: 'dau-tu' }));
    expect(p).toContainEqual(expect.objectContaining({ file: EN, field: 'field', message: expect.stringMatching(/differs from the Vietnamese original/) }));
  });

  it('refuses a procedure code used twice', () => {
    const p = problemsOf({
      ...project({ code: '1.001234' }),
      'procedures/vi/another.mdx': mdx(validProcedure({ code: '1.001234' })),
    });
    const dup = p.filter((x) => x.field === 'code');
    expect(dup).toHaveLength(1);
    // Whichever file is read first keeps the code; the other is named, with the first in the message.
    expect(`${dup[0]!.file} ${dup[0]!.message}`).toMatch(/already used by/);
    expect([dup[0]!.file, dup[0]!.message.split(' by ')[1]].sort()).toEqual(['content/procedures/vi/another.mdx', VI]);
  });

  it('refuses a check date in the future', () => {
    const p = problemsOf(project({ checkedOn: '2999-01-01' }));
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'checkedOn', message: expect.stringMatching(/in the future/) }));
  });

  it('refuses a sample section that does not exist', () => {
    const p = problemsOf(project({ sampleSections: ['fees'] }));
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'sampleSections[0]', message: expect.stringMatching(/"fees" is not one of/) }));
  });

  it('refuses true/false for return by post: unknown is left out, known is co or khong', () => {
    const p = problemsOf(project({ resultByPost: true }));
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'resultByPost', message: expect.stringMatching(/is not one of: co, khong/) }));
  });

  it('refuses an online-service address that is not a web address', () => {
    const p = problemsOf(project({ onlineServiceUrl: 'dichvucong.gov.vn' }));
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'onlineServiceUrl', message: expect.stringMatching(/web address/) }));
  });
});

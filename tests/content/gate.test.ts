/**
 * Bad input never gets through: one bad fixture per rule, each expected to name the file and field.
 */
import { describe, expect, it } from 'vitest';
import { formatProblems, runContentGate } from '../../src/pipeline/gate/contentGate.ts';
import { makeProject, problemsOf, mdx, validDoc, validPair } from '../helpers/contentFixture.ts';

const VI = 'content/legal/vi/61-2018-nd-cp.mdx';


function without(front: Record<string, unknown>, key: string) {
  const copy = { ...front };
  delete copy[key];
  return copy;
}

describe('the content gate', () => {
  it('accepts a valid pair of documents', () => {
    const { problems, entries } = runContentGate(makeProject(validPair()));
    expect(problems).toEqual([]);
    expect(entries.filter((e) => e.collection === 'legal')).toHaveLength(2);
  });

  it('names a missing field', () => {
    const p = problemsOf({ ...validPair(), [`legal/vi/61-2018-nd-cp.mdx`]: mdx(without(validDoc(), 'issued')) });
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'issued', message: expect.stringMatching(/required/) }));
  });

  it('names a mistyped field and suggests the right name', () => {
    const front = without(validDoc(), 'issued');
    const p = problemsOf({ ...validPair(), 'legal/vi/61-2018-nd-cp.mdx': mdx({ ...front, isued: '2018-04-23' }) });
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'isued', message: 'unknown field (did you mean "issued"?)' }));
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'issued' }));
  });

  it('refuses an unknown key', () => {
    const p = problemsOf({ ...validPair(), 'legal/vi/61-2018-nd-cp.mdx': mdx(validDoc({ colour: 'blue' })) });
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'colour', message: expect.stringMatching(/unknown field/) }));
  });

  it('refuses a value of the wrong type', () => {
    const p = problemsOf({ ...validPair(), 'legal/vi/61-2018-nd-cp.mdx': mdx(validDoc({ verified: 'yes' })) });
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'verified', message: expect.stringMatching(/true or false/) }));
  });

  it('refuses a value outside its list', () => {
    const p = problemsOf({ ...validPair(), 'legal/vi/61-2018-nd-cp.mdx': mdx(validDoc({ docType: 'nghidinh' })) });
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'docType', message: expect.stringMatching(/"nghidinh" is not one of/) }));
  });

  it('refuses a date that does not exist, instead of rolling it over', () => {
    const p = problemsOf({ ...validPair(), 'legal/vi/61-2018-nd-cp.mdx': mdx(validDoc({ issued: '2020-13-45' })) });
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'issued', message: expect.stringMatching(/"2020-13-45" is not a date that exists/) }));
  });

  it('refuses an unquoted impossible date too', () => {
    const text = mdx(validDoc()).replace(/issued: .*\n/, 'issued: 2023-02-29\n');
    const p = problemsOf({ ...validPair(), 'legal/vi/61-2018-nd-cp.mdx': text });
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'issued', message: expect.stringMatching(/not a date that exists/) }));
  });

  it('refuses an effective date before the issue date', () => {
    const p = problemsOf(validPair({ effective: '2018-01-01' }));
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'effective', message: expect.stringMatching(/before the date of issue/) }));
  });

  it('refuses a document number written with D where the issuer writes Đ (ND-CP, QD-UBND)', () => {
    for (const number of ['995/2026/ND-CP', '12/2024/QD-UBND', '5/NQ-HDND']) {
      const p = problemsOf(validPair({ number }, { number }));
      expect(p, number).toContainEqual(
        expect.objectContaining({ file: VI, field: 'number', message: expect.stringMatching(/with the letter Đ/), vi: expect.stringMatching(/bằng chữ Đ/) }),
      );
    }
    // UBND (ủy ban nhân dân) and HD (hướng dẫn) are written with D.
    expect(problemsOf(validPair({ number: '34/CT-UBND' }, { number: '34/CT-UBND' })).filter((x) => x.field === 'number')).toEqual([]);
  });

  it('refuses relations that form a cycle', () => {
    const other = validDoc({ number: '01/2018/TT-VPCP', docType: 'thong-tu', relations: [{ type: 'huong-dan', target: '61-2018-nd-cp' }] });
    const p = problemsOf({
      ...validPair({ relations: [{ type: 'thay-the', target: '01-2018-tt-vpcp' }] }, { relations: [{ type: 'thay-the', target: '01-2018-tt-vpcp' }] }),
      'legal/vi/01-2018-tt-vpcp.mdx': mdx(other),
      'legal/en/01-2018-tt-vpcp.mdx': mdx(other),
    });
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'relations[0].target', message: expect.stringMatching(/cycle/), vi: expect.stringMatching(/vòng/) }));
  });

  it('says every problem of a rule in Vietnamese too, for the CMS', () => {
    const p = problemsOf(validPair({ effective: '2018-01-01' }));
    expect(p.find((x) => x.field === 'effective')?.vi).toBe('Ngày có hiệu lực trước ngày ban hành.');
  });

  it('refuses a document number used twice', () => {
    const p = problemsOf({ ...validPair(), 'legal/vi/copy-of-61.mdx': mdx(validDoc()) });
    expect(p).toContainEqual(
      expect.objectContaining({ file: 'content/legal/vi/copy-of-61.mdx', field: 'number', message: expect.stringMatching(/already used by content\/legal\/vi\/61-2018-nd-cp.mdx/) }),
    );
  });

  it('allows the same yearless number in different years (13/CT-TTg of 2015 and of 2024)', () => {
    const p = problemsOf({
      'legal/vi/13-ct-ttg-2015.mdx': mdx(validDoc({ number: '13/CT-TTg', docType: 'chi-thi', issued: '2015-06-10', effective: '2015-06-10' })),
      'legal/vi/13-ct-ttg-2024.mdx': mdx(validDoc({ number: '13/CT-TTg', docType: 'chi-thi', issued: '2024-05-01', effective: '2024-05-01' })),
    });
    expect(p).toEqual([]);
  });

  it('refuses a relation to a document that does not exist', () => {
    const rel = { relations: [{ type: 'huong-dan', target: '99-2099-nd-cp' }] };
    const p = problemsOf(validPair(rel));
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'relations[0].target', message: expect.stringMatching(/"99-2099-nd-cp", which is not an entry of legal/) }));
  });

  it('reports a YAML error with the file and line', () => {
    const p = problemsOf({ ...validPair(), 'legal/vi/61-2018-nd-cp.mdx': '---\ntitle: "unclosed\nnumber: 61/2018/NĐ-CP\n---\nBody\n' });
    expect(p).toContainEqual(expect.objectContaining({ file: VI, line: expect.any(Number), message: expect.stringMatching(/^YAML:/) }));
  });

  it('refuses import and export statements in content', () => {
    const p = problemsOf({ ...validPair(), 'legal/vi/61-2018-nd-cp.mdx': mdx(validDoc(), "import Evil from '../../src/x.ts'\n\nexport const a = 1") });
    const body = p.filter((x) => x.file === VI && x.field === 'body');
    expect(body.map((x) => x.message)).toEqual([expect.stringMatching(/import\/export/), expect.stringMatching(/import\/export/)]);
  });

  it('refuses raw script and event-handler attributes', () => {
    const p = problemsOf({ ...validPair(), 'legal/vi/61-2018-nd-cp.mdx': mdx(validDoc(), '<script>alert(1)</script>\n\n<img src="x.png" onerror="alert(1)" />') });
    expect(p.filter((x) => x.field === 'body').map((x) => x.message)).toEqual([expect.stringMatching(/<script>/), expect.stringMatching(/event-handler/)]);
  });

  it('requires shared facts to match between the two languages', () => {
    const p = problemsOf(validPair({}, { number: '62/2018/NĐ-CP' }));
    expect(p).toContainEqual(expect.objectContaining({ file: 'content/legal/en/61-2018-nd-cp.mdx', field: 'number', message: expect.stringMatching(/differs from the Vietnamese original/) }));
  });

  it('refuses a translation without a Vietnamese original', () => {
    const p = problemsOf({ 'legal/en/61-2018-nd-cp.mdx': mdx(validDoc()) });
    expect(p).toContainEqual(expect.objectContaining({ file: 'content/legal/en/61-2018-nd-cp.mdx', message: expect.stringMatching(/no Vietnamese original/) }));
  });

  it('refuses a file name that is not an ASCII slug, and a file outside the language folders', () => {
    const p = problemsOf({ ...validPair(), 'legal/vi/Nghị-định.mdx': mdx(validDoc({ number: '1/2019/NĐ-CP' })), 'legal/stray.mdx': mdx(validDoc()) });
    expect(p.map((x) => x.file)).toEqual(expect.arrayContaining(['content/legal/vi/Nghị-định.mdx', 'content/legal/stray.mdx']));
  });

  it('refuses change notes in the future, out of order, before the document existed, or dated differently in English', () => {
    const notes = [
      { date: '2999-01-01', note: 'Tương lai.' },
      { date: '2010-01-01', note: 'Trước khi ban hành.' },
      { date: '2026-11-02', note: 'Mới hơn dòng trên.' },
    ];
    const p = problemsOf(validPair({ changes: notes }, { changes: notes.slice(1) }));
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'changes[0].date', message: expect.stringMatching(/in the future/) }));
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'changes[1].date', message: expect.stringMatching(/before 2018-04-23/) }));
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'changes[2].date', message: expect.stringMatching(/list the newest change first/) }));
    expect(p).toContainEqual(expect.objectContaining({ file: 'content/legal/en/61-2018-nd-cp.mdx', field: 'changes', message: expect.stringMatching(/differ from the Vietnamese original/) }));
  });

  it('refuses a newest change note older than the issue of a document that amends, replaces or guides this one', () => {
    const first = [{ date: '2019-01-10', note: 'Đăng tải lần đầu.' }];
    const amending = () =>
      validDoc({ number: '107/2021/NĐ-CP', issued: '2021-12-06', effective: '2022-02-21', changes: [{ date: '2022-01-05', note: 'Đăng tải lần đầu.' }], relations: [{ type: 'sua-doi-bo-sung', target: '61-2018-nd-cp' }] });
    const files = (notes: unknown[]) => ({
      ...validPair({ changes: notes }),
      'legal/vi/107-2021-nd-cp.mdx': mdx(amending()),
      'legal/en/107-2021-nd-cp.mdx': mdx(amending()),
    });
    const p = problemsOf(files(first));
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'changes[0].date', message: expect.stringMatching(/older than 2021-12-06, when 107\/2021\/NĐ-CP .*sua-doi-bo-sung/) }));
    // A note of the amendment (on or after its issue) settles it.
    const settled = problemsOf(files([{ date: '2022-01-05', note: 'Sửa đổi bởi 107/2021/NĐ-CP.' }, ...first]));
    expect(settled).toEqual([]);
  });

  it('only warns, never fails, when a document took effect or ended after its newest note (time passing cannot break a build)', () => {
    // Announced ahead: noted in 2018-05, effective 2018-06-21, ended 2025-07-01. Both dates have passed today.
    const notes = [{ date: '2018-05-02', note: 'Đăng tải lần đầu.' }];
    const { problems, warnings } = runContentGate(makeProject(validPair({ changes: notes, expiry: '2025-07-01', status: 'het-hieu-luc-toan-bo' })));
    expect(problems).toEqual([]);
    expect(warnings).toContainEqual(expect.objectContaining({ file: VI, field: 'effective', severity: 'warning', message: expect.stringMatching(/took effect on 2018-06-21, after its newest change note \(2018-05-02\)/) }));
    expect(warnings).toContainEqual(expect.objectContaining({ file: VI, field: 'expiry', message: expect.stringMatching(/ceased to be in force on 2025-07-01/) }));
    // Dates still to come give nothing at all today; the day they pass, the same files give the warnings above.
    const ahead = runContentGate(makeProject(validPair({ changes: notes, effective: '2999-01-01' })));
    expect(ahead.problems).toEqual([]);
    expect(ahead.warnings.filter((w) => /newest change note/.test(w.message))).toEqual([]);
  });

  it('requires at least one change note (the first publication)', () => {
    const p = problemsOf(validPair({ changes: [] }));
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'changes', message: expect.stringMatching(/at least 1/) }));
  });

  it('reports every bad file in one run, not only the first', () => {
    const p = problemsOf({
      ...validPair(),
      'legal/vi/a.mdx': mdx(validDoc({ number: '1/2019/NĐ-CP', issued: '2019-02-30' })),
      'legal/vi/b.mdx': mdx(validDoc({ number: '2/2019/NĐ-CP', status: 'valid' })),
      'legal/vi/c.mdx': '---\nnot: [closed\n---\n',
    });
    const files = new Set(p.map((x) => x.file));
    expect(files).toEqual(new Set(['content/legal/vi/a.mdx', 'content/legal/vi/b.mdx', 'content/legal/vi/c.mdx']));
    const report = formatProblems(p);
    expect(report).toMatch(/in 3 file\(s\)/);
    expect(report).toContain('content/legal/vi/a.mdx › issued');
    expect(report).toContain('content/legal/vi/b.mdx › status');
  });
});

describe('MDX bodies', () => {
  it('reports an MDX syntax error with its line in the file', () => {
    const p = problemsOf({ ...validPair(), 'legal/vi/61-2018-nd-cp.mdx': mdx(validDoc(), 'Dòng một.\n\nGiá <b>chưa đóng') });
    const body = p.filter((x) => x.field === 'body');
    expect(body).toHaveLength(1);
    expect(body[0]!.message).toMatch(/^MDX syntax: Expected a closing tag/);
    const lines = mdx(validDoc(), 'Dòng một.\n\nGiá <b>chưa đóng').split('\n');
    expect(lines[body[0]!.line! - 1]).toContain('chưa đóng');
  });

  it('refuses a stray expression in braces, which MDX would run as code', () => {
    const p = problemsOf({ ...validPair(), 'legal/vi/61-2018-nd-cp.mdx': mdx(validDoc(), 'Lệ phí {phí} đồng') });
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'body', message: expect.stringMatching(/is code in MDX/) }));
  });

  it('accepts escaped braces and MDX comments', () => {
    expect(problemsOf({ ...validPair(), 'legal/vi/61-2018-nd-cp.mdx': mdx(validDoc(), 'Lệ phí \\{phí\\} đồng {/* ghi chú */}') })).toEqual([]);
  });
});

describe('references to files', () => {
  it('refuses an attachment whose file is not in public/', () => {
    const att = { attachments: [{ title: 'Bản gốc', file: '/files/legal/khong-co.pdf' }] };
    const p = problemsOf(validPair(att));
    expect(p).toContainEqual(expect.objectContaining({ file: VI, field: 'attachments[0].file', message: expect.stringMatching(/does not exist/) }));
  });
});

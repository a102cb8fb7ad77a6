/**
 * The content gate on sample values and untraceable facts: it refuses content that writes out an
 * unconfirmed contact detail of the Authority without its flag, and it lists (without failing) sources a
 * reader cannot follow and statuses checked more than 180 days ago. Also pins the facts that were wrong.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runContentGate } from '../../src/pipeline/gate/contentGate.ts';
import type { LegalData } from '../../src/schemas/legal.ts';
import type { ProcedureData } from '../../src/schemas/procedures.ts';
import { makeProject, mdx, validDoc, validPair } from '../helpers/contentFixture.ts';
import { root } from '../helpers/paths.ts';

const VI = 'content/legal/vi/61-2018-nd-cp.mdx';
const EN = 'content/legal/en/61-2018-nd-cp.mdx';

describe('the content gate and sample contact values', () => {
  it('refuses a page that shows the sample hotline without its flag, naming the file and field', () => {
    const { problems } = runContentGate(makeProject(validPair({ summary: 'Gọi đường dây nóng 0225 3 000 000 để hỏi.' })));
    expect(problems).toContainEqual(expect.objectContaining({ file: VI, field: 'summary', message: expect.stringMatching(/sample hotline “0225 3 000 000” without its flag/) }));
  });

  it('refuses a sample e-mail in a body', () => {
    const files = { ...validPair(), 'legal/vi/61-2018-nd-cp.mdx': mdx(validDoc(), 'Gửi thư đến motcua@heza.gov.vn.') };
    expect(runContentGate(makeProject(files)).problems).toContainEqual(expect.objectContaining({ file: VI, field: 'body', message: expect.stringMatching(/e-mail “motcua@heza.gov.vn”/) }));
  });

  it('accepts the same value with its flag', () => {
    const { problems } = runContentGate(makeProject(validPair({ summary: 'Gọi 0225 3 000 000 (giá trị mẫu, chưa xác minh).' }, { summary: 'Call 0225 3 000 000 (sample value).' })));
    expect(problems).toEqual([]);
  });
});

describe('content gate warnings', () => {
  it('lists a source without URL or reference, and a status checked more than 180 days ago, without failing', () => {
    const front = { statusCheckedOn: '2020-01-01', changes: [{ date: '2020-01-01', note: 'Đăng tải lần đầu.' }] };
    const { problems, warnings } = runContentGate(makeProject(validPair(front)));
    expect(problems).toEqual([]);
    expect(warnings).toContainEqual(expect.objectContaining({ file: VI, field: 'sources[0]', message: expect.stringMatching(/no URL and no Official Gazette reference/) }));
    expect(warnings).toContainEqual(expect.objectContaining({ file: EN, field: 'statusCheckedOn', message: expect.stringMatching(/last checked 2020-01-01, \d+ days ago \(more than 180\)/) }));
  });

  it('does not warn on a source with a URL or an Official Gazette reference, or a recent check', () => {
    const front = { sources: [{ title: 'Công báo', reference: 'Số 551–552, ngày 08/05/2018' }, { title: 'vbpl.vn', url: 'https://vbpl.vn' }] };
    expect(runContentGate(makeProject(validPair(front))).warnings).toEqual([]);
  });
});

describe('the corrected facts (checked 2026-11-30 against the facts sheet)', () => {
  const entries = runContentGate(root).entries;
  const legal = (slug: string, lang = 'vi') => entries.find((e) => e.collection === 'legal' && e.slug === slug && e.lang === lang)!.data as LegalData;

  it('gives 118/2025/NĐ-CP its official title, from its preamble', () => {
    expect(legal('118-2025-nd-cp').title).toBe('Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia');
    expect(legal('118-2025-nd-cp', 'en').title).toBe('Decree on carrying out administrative procedures under the one-stop and inter-agency one-stop mechanism at One-Stop Units and on the National Public Service Portal');
  });

  it('records 431/KH-BQL as citing the documents it names, never as based on them', () => {
    const rel = legal('431-kh-bql-2024').relations ?? [];
    expect(rel.map((r) => r.type)).toEqual(Array(7).fill('dan-chieu'));
    for (const e of entries.filter((x) => x.collection === 'legal')) {
      expect(((e.data as LegalData).relations ?? []).filter((r) => r.type === 'can-cu'), e.file).toEqual([]);
    }
  });

  it('gives 219/2025/NĐ-CP its effective date, 7 August 2025', () => {
    expect(legal('219-2025-nd-cp').effective).toBe('2025-08-07');
    expect(legal('219-2025-nd-cp', 'en').effective).toBe('2025-08-07');
  });

  it('shows 61/2018 and 107/2021 no longer in force from 1 July 2025, replaced or ended by 118/2025', () => {
    for (const slug of ['61-2018-nd-cp', '107-2021-nd-cp']) {
      expect(legal(slug).status, slug).toBe('het-hieu-luc-toan-bo');
      expect(legal(slug).expiry, slug).toBe('2025-07-01');
      expect(legal(slug).statusCheckedOn, slug).toBe('2026-11-30');
      expect(legal(slug).verified, slug).toBe(false);
    }
    expect(legal('118-2025-nd-cp').relations).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'thay-the', target: '61-2018-nd-cp' }), expect.objectContaining({ type: 'bai-bo', target: '107-2021-nd-cp' })]),
    );
    expect(legal('107-2021-nd-cp').signer).toBe('Phạm Bình Minh');
  });

  it('links every procedure guide to at least one legal document', () => {
    const procs = entries.filter((e) => e.collection === 'procedures');
    expect(procs.length).toBeGreaterThanOrEqual(12);
    for (const p of procs) expect(((p.data as ProcedureData).legalBasis ?? []).length, p.file).toBeGreaterThan(0);
  });

  it('leaves no source "compiled by the editors"', () => {
    for (const e of entries) {
      for (const s of (e.data.sources as { title: string }[] | undefined) ?? []) expect(s.title, e.file).not.toMatch(/Ban biên tập tổng hợp|compiled by the editors/i);
    }
  });
});

describe('npm run audit:content', () => {
  it('prints the worklist in Vietnamese, counts first, each entry with its CMS address', () => {
    const run = spawnSync(process.execPath, ['scripts/audit-content.mjs'], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^Danh sách cần xác minh \(ngày \d{4}-\d{2}-\d{2}\)$/);
    expect(lines.slice(2, 7).map((l) => l.replace(/^\s*\d+\s+/, ''))).toEqual([
      'Thông tin đang chờ xác minh',
      'Tình trạng kiểm tra đã quá 180 ngày',
      'Văn bản, thủ tục chưa xác minh',
      'Nội dung mẫu còn đăng',
      'Nguồn không có địa chỉ hoặc số Công báo',
    ]);
    expect(run.stdout).toContain('content/legal/vi/01-2018-tt-vpcp.mdx · /admin/#/collections/legal/entries/01-2018-tt-vpcp');
    expect(run.stdout).toContain('content/settings/vi/site.yaml · /admin/#/collections/settings/entries/site');
  });
});

/**
 * The real `astro build` on content the test writes: it stops on bad files with every problem named,
 * and it renders documents it has never seen (a Vietnamese-only one, every optional field filled in)
 * without showing anything that is not data.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { astroBuild, buildProject, buildTimeout } from '../helpers/buildProject.ts';
import { mdx, validDoc, validPair } from '../helpers/contentFixture.ts';

const content = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([k, v]) => [`content/${k}`, v]));

describe('astro build', () => {
  it('stops on bad content and names every bad file and field', () => {
    const dir = buildProject(
      content({
        ...validPair(),
        'legal/vi/a.mdx': mdx(validDoc({ number: '1/2019/NĐ-CP', issued: '2019-02-30' })),
        'legal/vi/b.mdx': mdx(validDoc({ number: '2/2019/NĐ-CP', relations: [{ type: 'thay-the', target: 'khong-ton-tai' }] })),
      }),
    );
    const { status, output } = astroBuild(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/legal/vi/a.mdx › issued: "2019-02-30" is not a date that exists');
    expect(output).toContain('content/legal/vi/b.mdx › relations[0].target: refers to "khong-ton-tai"');
    expect(existsSync(join(dir, 'dist', 'vi', 'index.html'))).toBe(false);
  }, buildTimeout(1));

  it('renders documents it has not seen: Vietnamese only, every field filled, no longer in force', () => {
    const law = validDoc({
      title: 'Luật Thử nghiệm',
      number: '99/2020/QH14',
      docType: 'luat',
      issuer: 'quoc-hoi',
      signer: 'Người Ký Thử',
      signerPosition: 'Chủ tịch Quốc hội',
      issued: '2020-06-17',
      effective: '2021-01-01',
      expiry: '2026-03-01',
      status: 'het-hieu-luc-toan-bo',
      statusCheckedOn: '2026-11-01',
      statusNote: 'Ghi chú <script>alert(1)</script> về tình trạng.',
      attachments: [{ title: 'Bản gốc', file: '/favicon.svg' }],
      sources: [{ title: 'Nguồn', url: 'https://vbpl.vn' }],
      verified: true,
    });
    const dir = buildProject(content({ ...validPair(), 'legal/vi/99-2020-qh14.mdx': mdx(law, 'Giá 5 \\{triệu\\} đồng; a \\< b.') }));
    const { status, output } = astroBuild(dir);
    expect(status, output.slice(-2000)).toBe(0);
    const html = parse(readFileSync(join(dir, 'dist', 'vi', 'van-ban', '99-2020-qh14', 'index.html'), 'utf8'));
    // No English version: no hreflang to one, and the switch leads to the English library with a notice.
    expect(html.querySelectorAll('link[hreflang="en"]')).toHaveLength(0);
    expect(html.querySelector('[data-lang-switch]')!.getAttribute('href')).toBe('/en/legal/#untranslated');
    expect(html.querySelector('.badge')!.classList.contains('badge--no-longer')).toBe(true);
    expect(html.querySelector('[data-field="expiry"]')!.textContent).toContain('01/03/2026');
    expect(html.querySelector('[data-field="signer"]')!.textContent).toContain('Người Ký Thử, Chủ tịch Quốc hội');
    expect(html.querySelector('[data-unverified]')).toBeNull();
    expect(html.querySelectorAll('.awaiting').map((e) => e.textContent)).not.toContain('Đang chờ xác minh');
    // Text that looks like code is shown as typed, never run.
    expect(html.querySelector('.notice')!.textContent).toContain('<script>alert(1)</script>');
    expect(html.querySelectorAll('script').every((s) => s.getAttribute('type') === 'application/ld+json')).toBe(true);
    expect(html.querySelector('.prose')!.textContent).toContain('Giá 5 {triệu} đồng; a < b.');
    const ld = JSON.parse(html.querySelector('script[type="application/ld+json"]')!.textContent);
    expect(ld.legislationLegalForce).toBe('https://schema.org/NotInForce');
    // The English library does not list it.
    expect(readFileSync(join(dir, 'dist', 'en', 'legal', 'index.html'), 'utf8')).not.toContain('99-2020-qh14');
  }, buildTimeout(1));

  it('keeps rendered bodies out of the content store, in a cache pack, rendered again only when they change or go missing', () => {
    const file = 'legal/vi/62-2018-nd-cp.mdx';
    const doc = (words: string) => mdx(validDoc({ number: '62/2018/NĐ-CP' }), `## Điều 1\n\n${words} được hiển thị.`);
    const dir = buildProject(content({ ...validPair(), [file]: doc('Đoạn văn thứ nhất') }));
    const page = () => parse(readFileSync(join(dir, 'dist', 'vi', 'van-ban', '62-2018-nd-cp', 'index.html'), 'utf8')).querySelector('.prose')!;
    const bodies = join(dir, '.astro', 'cache', 'bodies', 'legal');
    const packs = () => readdirSync(bodies).filter((f) => f.endsWith('.pack'));
    const store = () => readFileSync(join(dir, '.astro', 'cache', 'data-store.json'), 'utf8');
    const build = () => {
      const { status, output } = astroBuild(dir);
      expect(status, output.slice(-2000)).toBe(0);
      return output;
    };

    // The front matter Astro builds from is the content gate's reading, not a second parse.
    expect(build()).toContain('3 MDX bodies rendered as plain Markdown, 0 by MDX (changed files only); front matter of 3 read by the content gate');
    expect(page().textContent).toContain('Đoạn văn thứ nhất được hiển thị.');
    expect(page().querySelector('h3')?.textContent).toBe('Điều 1');
    expect(store()).not.toContain('Đoạn văn thứ nhất');
    expect(readdirSync(bodies)).toHaveLength(1);
    expect(readFileSync(join(bodies, packs()[0]!), 'utf8')).toContain('Đoạn văn thứ nhất');

    // An edit: only that file is rendered again, into a new pack beside the first.
    writeFileSync(join(dir, 'content', file), doc('Đoạn văn đã sửa'));
    expect(build()).toMatch(/\b1 MDX bodies rendered as plain Markdown/);
    expect(page().textContent).toContain('Đoạn văn đã sửa được hiển thị.');
    expect(packs()).toHaveLength(2);

    // The cache lost (the content store kept): every body rendered again, into one pack; nothing missing.
    rmSync(bodies, { recursive: true });
    expect(build()).toMatch(/\b3 MDX bodies rendered as plain Markdown/);
    expect(page().textContent).toContain('Đoạn văn đã sửa được hiển thị.');
    expect(packs()).toHaveLength(1);
  }, buildTimeout(3));
});

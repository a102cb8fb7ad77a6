/**
 * A register with every validity status and every relation type, built with the real `astro build`
 * and read back from the output: the badge on each page, the JSON-LD legal force, the relations on both
 * pages, the status banner, the status facet pages and the open-data API. Every real document is still "awaiting
 * verification", so only a fixture shows the other statuses. The same build sets FEEDBACK_ENDPOINT
 * and a GitLab CMS backend, the other setting of the environment-dependent outputs (the main build
 * has neither).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { astroBuild, buildProject } from '../helpers/buildProject.ts';
import { mdx, validDoc, validPair } from '../helpers/contentFixture.ts';
import { legalFacetUrl, pageUrl } from '../../src/i18n/routes.ts';
import { relationTypes, statuses, statusLabels } from '../../src/schemas/legal.vocab.ts';
import { cmsConfigYaml } from '../../src/cms/config.ts';

const ENV = {
  FEEDBACK_ENDPOINT: 'https://forms.example.vn/khao-sat',
  CMS_BACKEND: 'gitlab',
  CMS_REPO: 'heza/portal',
  CMS_APP_ID: 'fixture-app',
};

/** One document per status (slug, recorded status, effective date, expected badge, expected legal force). */
const shownStatus = { 'in-force': 'con-hieu-luc', partly: 'het-hieu-luc-mot-phan', 'no-longer': 'het-hieu-luc-toan-bo', 'not-yet': 'chua-co-hieu-luc', suspended: 'ngung-hieu-luc', awaiting: 'chua-xac-dinh' } as const;
const byStatus = [
  ['s-con-hieu-luc', 'con-hieu-luc', '2018-06-21', 'in-force', 'https://schema.org/InForce'],
  ['s-het-hieu-luc-mot-phan', 'het-hieu-luc-mot-phan', '2018-06-21', 'partly', 'https://schema.org/PartiallyInForce'],
  ['s-het-hieu-luc-toan-bo', 'het-hieu-luc-toan-bo', '2018-06-21', 'no-longer', 'https://schema.org/NotInForce'],
  ['s-chua-co-hieu-luc', 'chua-co-hieu-luc', '2099-01-01', 'not-yet', 'https://schema.org/NotInForce'],
  ['s-ngung-hieu-luc', 'ngung-hieu-luc', '2018-06-21', 'suspended', 'https://schema.org/NotInForce'],
  ['s-chua-xac-dinh', 'chua-xac-dinh', '2018-06-21', 'awaiting', undefined],
  // Recorded "in force" from a day that has not come: shown, and told to machines, as not yet in force.
  ['s-future-in-force', 'con-hieu-luc', '2099-01-01', 'not-yet', 'https://schema.org/NotInForce'],
] as const;

const statusDoc = ([slug, status, effective]: (typeof byStatus)[number], i: number) =>
  mdx(validDoc({ number: `${i + 1}/2018/NĐ-CP`, status, effective, ...(status === 'het-hieu-luc-toan-bo' ? { expiry: '2020-01-01' } : {}) }));

// One acting document relates to a different document with each of the nine types.
const targets = [...byStatus.map(([slug]) => slug), '61-2018-nd-cp', 't-extra'];
const relations = relationTypes.map((type, i) => ({ type, target: targets[i]! }));

let dist = '';
const page = (url: string): HTMLElement => parse(readFileSync(join(dist, url, 'index.html'), 'utf8'));
const ldOf = (html: HTMLElement) => html.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent) as Record<string, unknown>);

beforeAll(() => {
  const files: Record<string, string> = { ...validPair() };
  byStatus.forEach((row, i) => (files[`legal/vi/${row[0]}.mdx`] = statusDoc(row, i)));
  files['legal/vi/t-extra.mdx'] = mdx(validDoc({ number: '50/2018/NĐ-CP' }));
  files['legal/vi/r-actor.mdx'] = mdx(validDoc({ number: '99/2019/NĐ-CP', issued: '2019-01-01', effective: '2019-01-01', relations }));
  const dir = buildProject(Object.fromEntries(Object.entries(files).map(([k, v]) => [`content/${k}`, v])));
  const { status, output } = astroBuild(dir, ENV);
  expect(status, output.slice(-3000)).toBe(0);
  dist = join(dir, 'dist');
}, 600_000);

describe('a register with every validity status', () => {
  it('covers every status and every relation type', () => {
    expect(new Set(byStatus.map((r) => r[1]))).toEqual(new Set(statuses));
    expect(relations.map((r) => r.type)).toEqual([...relationTypes]);
    expect(new Set(relations.map((r) => r.target)).size).toBe(9);
  });

  it.each(byStatus)('%s (%s, effective %s) shows the badge %s and tells machines %s', (slug, _status, _effective, badge, force) => {
    const html = page(pageUrl('vi', 'legal', slug));
    const shown = html.querySelector('[data-field="status"] .badge')!;
    expect(shown.classList.contains(`badge--${badge}`)).toBe(true);
    expect(shown.getAttribute('class')).toBe(`badge badge--${badge}`);
    const ld = ldOf(html).find((x) => x['@type'] === 'Legislation')!;
    expect(ld.legislationLegalForce).toBe(force);
    expect(ld.legislationIdentifier).toBe(`${byStatus.findIndex((r) => r[0] === slug) + 1}/2018/NĐ-CP`);
  });

  it.each(byStatus)('%s (%s) has the status banner its badge calls for', (slug, _status, _effective, badge) => {
    // A banner says first that a document is not (wholly, or yet) in force; none for in force or awaiting verification.
    const banner = page(pageUrl('vi', 'legal', slug)).querySelectorAll('[data-status-banner]').map((b) => b.getAttribute('data-status-banner'));
    expect(banner).toEqual(badge === 'in-force' || badge === 'awaiting' ? [] : [badge]);
  });

  it('labels each badge with the words of its status', () => {
    const text = (slug: string) => page(pageUrl('vi', 'legal', slug)).querySelector('[data-field="status"] .badge')!.textContent.trim();
    expect(text('s-ngung-hieu-luc')).toBe(statusLabels['ngung-hieu-luc'].vi);
    expect(text('s-future-in-force')).toBe(statusLabels['chua-co-hieu-luc'].vi);
    expect(text('s-chua-xac-dinh')).toBe(statusLabels['chua-xac-dinh'].vi);
  });

  it('builds a status facet page for every status, listing exactly the documents shown with it', () => {
    let checked = 0;
    for (const status of statuses) {
      const expected = byStatus.filter((r) => shownStatus[r[3]] === status).map((r) => pageUrl('vi', 'legal', r[0]));
      if (status === 'chua-xac-dinh') expected.push(...['61-2018-nd-cp', 't-extra', 'r-actor'].map((s) => pageUrl('vi', 'legal', s)));
      const listed = page(legalFacetUrl('vi', 'status', status))
        .querySelectorAll('main a[href^="/vi/van-ban/"]')
        .map((a) => a.getAttribute('href')!)
        .filter((h) => /^\/vi\/van-ban\/[a-z0-9-]+\/$/.test(h));
      expect(new Set(listed), status).toEqual(new Set(expected));
      checked++;
    }
    expect(checked).toBe(statuses.length);
  });

  it('publishes every document in the open-data API with the status readers see', () => {
    const api = JSON.parse(readFileSync(join(dist, 'api', 'legal.json'), 'utf8')) as { count: number; items: { id: string; vi: { status: string } | null }[] };
    const published = Object.fromEntries(api.items.map((i) => [i.id, i.vi?.status]));
    expect(api.count).toBe(byStatus.length + 3);
    let checked = 0;
    for (const [slug, , , badge] of byStatus) {
      expect(published[slug], slug).toBe(shownStatus[badge]);
      checked++;
    }
    expect(checked).toBe(7);
    expect(published['s-future-in-force']).toBe('chua-co-hieu-luc');
  });
});

describe('a register with every relation type', () => {
  it('shows each relation on the acting document and, inverted, on its target, both linked', () => {
    const actor = page(pageUrl('vi', 'legal', 'r-actor'));
    let checked = 0;
    for (const { type, target } of relations) {
      const active = actor.querySelectorAll(`[data-relation="active:${type}"] a`).map((a) => a.getAttribute('href'));
      expect(active, type).toEqual([pageUrl('vi', 'legal', target)]);
      const passive = page(pageUrl('vi', 'legal', target)).querySelectorAll(`[data-relation="passive:${type}"] a`).map((a) => a.getAttribute('href'));
      expect(passive, type).toEqual([pageUrl('vi', 'legal', 'r-actor')]);
      checked++;
    }
    expect(checked).toBe(relationTypes.length);
  });

  it('lists as isBasedOn in JSON-LD only the document the actor is based on', () => {
    const ld = ldOf(page(pageUrl('vi', 'legal', 'r-actor'))).find((x) => x['@type'] === 'Legislation')!;
    expect(ld.isBasedOn).toEqual([`https://heza.gov.vn${pageUrl('vi', 'legal', relations.find((r) => r.type === 'can-cu')!.target)}`]);
  });
});

describe('build-time settings (FEEDBACK_ENDPOINT and a GitLab backend set)', () => {
  it('posts the feedback form to the endpoint and no longer says it goes by e-mail', () => {
    for (const lang of ['vi', 'en'] as const) {
      const html = page(pageUrl(lang, 'feedback'));
      expect(html.querySelector('form[data-feedback-form]')!.getAttribute('action')).toBe(ENV.FEEDBACK_ENDPOINT);
      expect(html.querySelector('[data-no-endpoint]')).toBeNull();
    }
  });

  it('serves the configuration of the chosen backend at /admin/config.yml', () => {
    const served = readFileSync(join(dist, 'admin', 'config.yml'), 'utf8');
    expect(served).toBe(cmsConfigYaml(ENV));
    expect(served).toContain('name: gitlab');
    expect(served).not.toBe(cmsConfigYaml({}));
    expect(existsSync(join(dist, 'admin', 'index.html'))).toBe(true);
  });
});

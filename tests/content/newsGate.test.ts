/**
 * The news, programme and events collections refuse bad input: one bad fixture per rule, each expected
 * to name the file and the field. Fixtures start from valid entries and break one thing.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runContentGate } from '../../src/pipeline/gate/contentGate.ts';
import { makeProject, problemsOf, mdx, validPair, type Front } from '../helpers/contentFixture.ts';

const NEWS_VI = 'content/news/vi/tin-thu.mdx';
const PROG_VI = 'content/programme/vi/ke-hoach-2024.yaml';
const PROG_EN = 'content/programme/en/ke-hoach-2024.yaml';
const EV_VI = 'content/events/vi/bao-cao-quy-i-2024.yaml';
const EV_EN = 'content/events/en/bao-cao-quy-i-2024.yaml';

function news(overrides: Front = {}): Front {
  return {
    title: 'Tin thử',
    summary: 'Tóm tắt tin thử.',
    published: '2024-02-02',
    tags: ['mot-cua'],
    image: '../images/anh-thu.png',
    imageAlt: 'Mô tả ảnh thử.',
    sample: true,
    ...overrides,
  };
}

function programme(overrides: Front = {}): Front {
  return {
    title: 'Kế hoạch thử',
    year: 2024,
    plan: '61-2018-nd-cp',
    theme: 'Chủ đề thử',
    purposes: ['Mục đích'],
    requirements: ['Yêu cầu'],
    targets: [{ id: 'tthc', label: 'Thủ tục công khai', kind: 'exactly', target: 100, unit: 'percent' }],
    sample: false,
    ...overrides,
  };
}

function event(overrides: Front = {}): Front {
  return { title: 'Hạn báo cáo quý I', date: '2024-03-03', kind: 'quarterly-report', description: 'Mô tả.', plan: 'ke-hoach-2024', ...overrides };
}

const yaml = (front: Front) => stringify(front);

/** A valid project: a legal pair (the plan target), one news pair, one programme pair, one event pair. */
function files(over: Record<string, string> = {}): Record<string, string> {
  return {
    ...validPair(),
    'news/images/anh-thu.png': 'PNG placeholder: the gate checks that the file exists, Astro reads it',
    'news/vi/tin-thu.mdx': mdx(news()),
    'news/en/tin-thu.mdx': mdx(news({ title: 'Test item', summary: 'Test summary.', imageAlt: 'Test alt text.' })),
    'programme/vi/ke-hoach-2024.yaml': yaml(programme()),
    'programme/en/ke-hoach-2024.yaml': yaml(programme({ title: 'Test plan', theme: 'Test theme', targets: [{ id: 'tthc', label: 'Procedures published', kind: 'exactly', target: 100, unit: 'percent' }] })),
    'events/vi/bao-cao-quy-i-2024.yaml': yaml(event()),
    'events/en/bao-cao-quy-i-2024.yaml': yaml(event({ title: 'First-quarter report due', description: 'Description.' })),
    ...over,
  };
}


describe('news, programme and events in the content gate', () => {
  it('accepts valid entries of each collection', () => {
    const { problems, entries } = runContentGate(makeProject(files()));
    expect(problems).toEqual([]);
    for (const c of ['news', 'programme', 'events']) expect(entries.filter((e) => e.collection === c)).toHaveLength(2);
  });

  it('refuses an image without alt text', () => {
    const front = news();
    delete front.imageAlt;
    const p = problemsOf(files({ 'news/vi/tin-thu.mdx': mdx(front) }));
    expect(p).toContainEqual(expect.objectContaining({ file: NEWS_VI, field: 'imageAlt', message: expect.stringMatching(/alt text/) }));
  });

  it('refuses alt text that is blank', () => {
    const p = problemsOf(files({ 'news/vi/tin-thu.mdx': mdx(news({ imageAlt: '   ' })) }));
    expect(p).toContainEqual(expect.objectContaining({ file: NEWS_VI, field: 'imageAlt', message: expect.stringMatching(/must not be empty/) }));
  });

  it('refuses an image that is not a file beside the content', () => {
    const p = problemsOf(files({ 'news/vi/tin-thu.mdx': mdx(news({ image: 'https://example.com/anh.png' })) }));
    expect(p).toContainEqual(expect.objectContaining({ file: NEWS_VI, field: 'image', message: expect.stringMatching(/beside the content/) }));
  });

  it('refuses an image whose file does not exist', () => {
    const p = problemsOf(files({ 'news/vi/tin-thu.mdx': mdx(news({ image: '../images/khong-co.png' })) }));
    expect(p).toContainEqual(expect.objectContaining({ file: NEWS_VI, field: 'image', message: 'the image ../images/khong-co.png does not exist (expected content/news/images/khong-co.png)' }));
  });

  it('refuses a publication date that does not exist', () => {
    const p = problemsOf(files({ 'news/vi/tin-thu.mdx': mdx(news({ published: '2024-02-30' })) }));
    expect(p).toContainEqual(expect.objectContaining({ file: NEWS_VI, field: 'published', message: expect.stringMatching(/"2024-02-30" is not a date that exists/) }));
  });

  it('refuses an update before publication', () => {
    const p = problemsOf(files({ 'news/vi/tin-thu.mdx': mdx(news({ updated: '2024-01-01' })) }));
    expect(p).toContainEqual(expect.objectContaining({ file: NEWS_VI, field: 'updated', message: expect.stringMatching(/before publication/) }));
  });

  it('refuses an unknown tag and a missing sample flag', () => {
    const front = news({ tags: ['motcua'] });
    delete front.sample;
    const p = problemsOf(files({ 'news/vi/tin-thu.mdx': mdx(front) }));
    expect(p).toContainEqual(expect.objectContaining({ file: NEWS_VI, field: 'tags[0]', message: expect.stringMatching(/"motcua" is not one of/) }));
    expect(p).toContainEqual(expect.objectContaining({ file: NEWS_VI, field: 'sample', message: expect.stringMatching(/required/) }));
  });

  it('requires dates and tags to be the same in both languages', () => {
    const p = problemsOf(files({ 'news/en/tin-thu.mdx': mdx(news({ title: 'Test', summary: 'S.', imageAlt: 'A.', published: '2024-02-03' })) }));
    expect(p).toContainEqual(expect.objectContaining({ file: 'content/news/en/tin-thu.mdx', field: 'published', message: expect.stringMatching(/differs from the Vietnamese original/) }));
  });

  it('refuses a news file name that a news sub-page uses', () => {
    const p = problemsOf(files({ 'news/vi/trang.mdx': mdx(news()) }));
    expect(p).toContainEqual(expect.objectContaining({ file: 'content/news/vi/trang.mdx', message: expect.stringMatching(/reserved/) }));
  });

  it('refuses a value reached without the date it was measured and its source', () => {
    const targets = [{ id: 'tthc', label: 'Thủ tục công khai', kind: 'exactly', target: 100, unit: 'percent', reached: 80 }];
    const p = problemsOf(files({ 'programme/vi/ke-hoach-2024.yaml': yaml(programme({ targets })) }));
    expect(p).toContainEqual(expect.objectContaining({ file: PROG_VI, field: 'targets[0].asOf', message: expect.stringMatching(/date it was measured/) }));
    expect(p).toContainEqual(expect.objectContaining({ file: PROG_VI, field: 'targets[0].source' }));
  });

  it('refuses a target value without a unit, and an impossible as-of date', () => {
    const targets = [{ id: 'tthc', label: 'x', target: 100, reached: 10, asOf: '2024-13-01', source: 'Báo cáo' }];
    const p = problemsOf(files({ 'programme/vi/ke-hoach-2024.yaml': yaml(programme({ targets })) }));
    expect(p).toContainEqual(expect.objectContaining({ file: PROG_VI, field: 'targets[0].asOf', message: expect.stringMatching(/not a date that exists/) }));
  });

  it('requires the figures of each target to match between languages', () => {
    const targets = [{ id: 'tthc', label: 'Procedures published', kind: 'exactly', target: 90, unit: 'percent' }];
    const p = problemsOf(files({ 'programme/en/ke-hoach-2024.yaml': yaml(programme({ title: 'T', theme: 'T', targets })) }));
    expect(p).toContainEqual(expect.objectContaining({ file: PROG_EN, field: 'targets[0]', message: expect.stringMatching(/differ from the Vietnamese original/) }));
  });

  it('refuses a programme whose plan is not in the legal library', () => {
    const p = problemsOf(files({ 'programme/vi/ke-hoach-2024.yaml': yaml(programme({ plan: '431-kh-bql' })) }));
    expect(p).toContainEqual(expect.objectContaining({ file: PROG_VI, field: 'plan', message: expect.stringMatching(/not an entry of legal/) }));
  });

  it('refuses an event with a bad date, an unknown kind, or a plan that does not exist', () => {
    const p = problemsOf(files({ 'events/vi/bao-cao-quy-i-2024.yaml': yaml(event({ date: '03/03/2024', kind: 'report' })) }));
    expect(p).toContainEqual(expect.objectContaining({ file: EV_VI, field: 'date', message: expect.stringMatching(/YYYY-MM-DD/) }));
    expect(p).toContainEqual(expect.objectContaining({ file: EV_VI, field: 'kind' }));
    const q = problemsOf(files({ 'events/vi/bao-cao-quy-i-2024.yaml': yaml(event({ plan: 'ke-hoach-2099' })) }));
    expect(q).toContainEqual(expect.objectContaining({ file: EV_VI, field: 'plan', message: expect.stringMatching(/not an entry of programme/) }));
  });

  it('requires an event’s date to be the same in both languages', () => {
    const p = problemsOf(files({ 'events/en/bao-cao-quy-i-2024.yaml': yaml(event({ title: 'Q1', description: 'D.', date: '2024-03-04' })) }));
    expect(p).toContainEqual(expect.objectContaining({ file: EV_EN, field: 'date', message: expect.stringMatching(/differs/) }));
  });
});

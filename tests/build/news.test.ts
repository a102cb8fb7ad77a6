/**
 * Build output of the news, programme, calendar and feedback pages: JSON-LD for every news item and
 * event, RSS and iCalendar feeds that parse and hold the right items, the RSS link in every page's head,
 * sample labels, responsive images with alt text, "awaiting data" where no value is known, and a
 * feedback form that works without JavaScript.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator as validator } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { exists, fileOf, htmlPages, jsonLd, page } from '../helpers/dist.ts';
import { root, siteUrl } from '../helpers/paths.ts';
import { feedbackEndpoint } from '../../src/outputs/feedbackEndpoint.ts';
import { parseCalendar } from '../../src/outputs/ical.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { calendarFeedUrl, newsFeedUrl, pageUrl } from '../../src/i18n/routes.ts';
import { langs, type Lang } from '../../src/i18n/locales.ts';

const slugsIn = (collection: string, lang: Lang, ext: string) =>
  readdirSync(join(root, 'content', collection, lang)).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)).sort();
const front = (collection: string, lang: Lang, slug: string, ext: string): Record<string, unknown> => {
  const text = readFileSync(join(root, 'content', collection, lang, `${slug}${ext}`), 'utf8');
  return parseYaml(ext === '.mdx' ? splitFrontmatter(text)!.yaml : text) as Record<string, unknown>;
};

describe.each(langs)('news in %s', (lang) => {
  const slugs = slugsIn('news', lang, '.mdx');

  it('has at least six items', () => expect(slugs.length).toBeGreaterThanOrEqual(6));

  it.each(slugs)('%s has a NewsArticle JSON-LD with headline, dates, publisher and image', (slug) => {
    const html = page(pageUrl(lang, 'news', slug));
    const article = jsonLd(html).find((d) => d['@type'] === 'NewsArticle');
    expect(article?.['@id']).toBe(new URL(pageUrl(lang, 'news', slug), siteUrl).href);
    const f = front('news', lang, slug, '.mdx');
    expect(article!.headline).toBe(f.title);
    expect(article!.datePublished).toBe(f.published);
    expect(article!.inLanguage).toBe(lang);
    const site = parseYaml(readFileSync(join(root, 'content/settings', lang, 'site.yaml'), 'utf8')) as { authorityName: string };
    expect((article!.publisher as Record<string, unknown>).name).toBe(site.authorityName);
    if (f.image) {
      const images = article!.image as string[];
      expect(images[0]).toMatch(/^https:\/\/.+\/_astro\/.+\.jpe?g$/);
      expect(exists(new URL(images[0]!).pathname)).toBe(true);
    }
  });

  it.each(slugs)('%s is labelled sample content on the page when it is', (slug) => {
    const html = page(pageUrl(lang, 'news', slug));
    const sample = front('news', lang, slug, '.mdx').sample === true;
    expect(html.querySelector('main [data-sample]') !== null).toBe(sample);
    if (sample) expect(html.querySelector('main [data-sample]')!.textContent).toContain(lang === 'vi' ? 'Nội dung mẫu' : 'Sample content');
  });

  const withImage = slugs.filter((slug) => front('news', lang, slug, '.mdx').image);
  const withoutImage = slugs.filter((slug) => !front('news', lang, slug, '.mdx').image);

  it('has items with and without an image, so both kinds of page are checked', () => {
    expect(withImage.length).toBeGreaterThan(0);
    expect(withoutImage.length).toBeGreaterThan(0);
  });

  it.each(withoutImage)('%s has no figure and no image in its JSON-LD', (slug) => {
    const html = page(pageUrl(lang, 'news', slug));
    expect(html.querySelectorAll('main figure img')).toHaveLength(0);
    expect(jsonLd(html).find((d) => d['@type'] === 'NewsArticle')!.image).toBeUndefined();
  });

  it.each(withImage)('%s shows its image responsively (srcset from astro:assets) with the alt text from the content', (slug) => {
    const f = front('news', lang, slug, '.mdx');
    const img = page(pageUrl(lang, 'news', slug)).querySelector('main figure img')!;
    expect(img.getAttribute('alt')).toBe(f.imageAlt);
    expect(img.getAttribute('srcset')!.split(',').length).toBeGreaterThanOrEqual(2);
    for (const src of img.getAttribute('srcset')!.split(',').map((s) => s.trim().split(' ')[0]!)) expect(exists(src), src).toBe(true);
  });

  it('the list pages together show every item once, and tag pages list their items', () => {
    const listed: string[] = [];
    let url: string | undefined = pageUrl(lang, 'news');
    while (url) {
      const html = page(url);
      listed.push(...html.querySelectorAll('.news-card__title a').map((a) => a.getAttribute('href')!));
      url = html.querySelector('a[rel="next"]')?.getAttribute('href');
    }
    expect(listed.sort()).toEqual(slugs.map((s) => pageUrl(lang, 'news', s)).sort());
    const firstTag = (front('news', lang, slugs[0]!, '.mdx').tags as string[])[0]!;
    const tagLink = page(pageUrl(lang, 'news', slugs[0]!)).querySelectorAll('main a.tag').map((a) => a.getAttribute('href')!).find((h) => h.endsWith(`/${firstTag}/`))!;
    expect(page(tagLink).querySelectorAll('.news-card__title a').map((a) => a.getAttribute('href'))).toContain(pageUrl(lang, 'news', slugs[0]!));
  });

  it('has an RSS feed that parses as XML and holds every item, newest first', () => {
    const xml = readFileSync(fileOf(newsFeedUrl(lang)), 'utf8');
    expect(validator.validate(xml)).toBe(true);
    const rss = new XMLParser({ ignoreAttributes: false }).parse(xml) as { rss: { channel: { language: string; lastBuildDate: string; item: { link: string; title: string; pubDate: string }[] } } };
    const channel = rss.rss.channel;
    expect(channel.language).toBe(lang);
    // The channel's last change is the newest date in the content (an update or a publication), not the build time.
    const newest = slugs.map((s) => front('news', lang, s, '.mdx')).map((f) => String(f.updated ?? f.published)).sort().at(-1)!;
    expect(channel.lastBuildDate).toBe(new Date(`${newest}T00:00:00+07:00`).toUTCString());
    const items = channel.item;
    expect(items.map((i) => new URL(i.link).pathname).sort()).toEqual(slugs.map((s) => pageUrl(lang, 'news', s)).sort());
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    for (const i of items) expect(exists(new URL(i.link).pathname), i.link).toBe(true);
    const sampleTag = lang === 'vi' ? '[Nội dung mẫu]' : '[Sample content]';
    for (const s of slugs) {
      const item = items.find((i) => new URL(i.link).pathname === pageUrl(lang, 'news', s))!;
      expect(item.title.startsWith(sampleTag)).toBe(front('news', lang, s, '.mdx').sample === true);
    }
  });
});

describe('the RSS link in every page’s head', () => {
  it.each(htmlPages().filter((p) => p.url.startsWith('/vi/') || p.url.startsWith('/en/')).map((p) => [p.url]))('%s links its language’s feed', (url) => {
    const lang = url.startsWith('/en/') ? 'en' : 'vi';
    const link = page(url).querySelector('head link[rel="alternate"][type="application/rss+xml"]');
    expect(link?.getAttribute('href')).toBe(newsFeedUrl(lang));
  });
});

describe.each(langs)('reporting calendar in %s', (lang) => {
  const slugs = slugsIn('events', lang, '.yaml');
  const html = page(pageUrl(lang, 'calendar'));

  it('has an Event JSON-LD for every event', () => {
    const events = jsonLd(html).filter((d) => d['@type'] === 'Event');
    expect(events.map((e) => String(e.url).split('#')[1]).sort()).toEqual(slugs);
    for (const e of events) {
      const f = front('events', lang, String(e.url).split('#')[1]!, '.yaml');
      expect(e.startDate).toBe(f.date);
      expect(e.name).toBe(f.title);
      expect((e.location as { name: string }).name).toBe(
        (parseYaml(readFileSync(join(root, 'content/settings', lang, 'site.yaml'), 'utf8')) as { authorityName: string }).authorityName,
      );
    }
  });

  it('shows every event, past ones marked as past', () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    for (const slug of slugs) {
      const li = html.querySelector(`[data-event="${slug}"]`);
      expect(li?.getAttribute('data-event'), slug).toBe(slug);
      const past = String(front('events', lang, slug, '.yaml').date) < today;
      expect(li!.getAttribute('data-past')).toBe(String(past));
      expect(li!.querySelector('.badge') !== null).toBe(past);
    }
  });

  it('offers an .ics feed that parses (RFC 5545) and holds every event', () => {
    expect(html.querySelectorAll(`a[href="${calendarFeedUrl(lang)}"]`).length).toBeGreaterThanOrEqual(1);
    expect(html.querySelector('a[data-webcal]')!.getAttribute('href')).toMatch(new RegExp(`^webcal://.+${calendarFeedUrl(lang).replace(/\./g, '\\.')}$`));
    const text = readFileSync(fileOf(calendarFeedUrl(lang)), 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const { props, events } = parseCalendar(text);
    expect(props.VERSION).toBe('2.0');
    expect(props.PRODID).toBeTruthy();
    expect(events).toHaveLength(slugs.length);
    const uids = new Set(events.map((e) => e.UID));
    expect(uids.size).toBe(events.length);
    for (const slug of slugs) {
      const f = front('events', lang, slug, '.yaml');
      const e = events.find((x) => x.URL?.endsWith(`#${slug}`) || x['URL;VALUE=URI']?.endsWith(`#${slug}`));
      expect(e, slug).toBeDefined();
      expect(e!['DTSTART;VALUE=DATE']).toBe(String(f.date).replace(/-/g, ''));
      expect(e!.SUMMARY).toBe(f.title);
      expect(e!.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
    }
  });
});

describe.each(langs)('reform programme in %s', (lang) => {
  const html = page(pageUrl(lang, 'programme'));
  const data = front('programme', lang, 'ke-hoach-2024', '.yaml') as { theme: string; targets: { id: string; reached?: number }[] };

  it('shows the theme banner and every target', () => {
    expect(html.querySelector('.theme-banner')!.textContent).toContain(data.theme);
    expect(html.querySelectorAll('[data-target]').map((e) => e.getAttribute('data-target'))).toEqual(data.targets.map((t) => t.id));
  });

  it('shows “awaiting data” for every target without a value reached, and no invented figure', () => {
    for (const t of data.targets) {
      const el = html.querySelector(`[data-target="${t.id}"]`)!;
      if (t.reached === undefined) {
        expect(el.getAttribute('data-state')).toBe('awaiting');
        expect(el.querySelector('.awaiting')!.textContent).toBe(lang === 'vi' ? 'Đang chờ số liệu' : 'Awaiting data');
        expect(el.querySelector('meter')).toBeNull();
      }
    }
  });

  it('says for how many targets a result is reported, counted from the data', () => {
    const reported = data.targets.filter((t) => t.reached !== undefined).length;
    expect(html.querySelector('[data-reported-count]')!.textContent).toContain(lang === 'vi' ? `${reported}/${data.targets.length}` : `${reported} of ${data.targets.length}`);
  });

  it('includes the plan’s named targets: 100% published, at least 30% inspected, USD 2.5 billion FDI', () => {
    const text = html.querySelector('.targets')!.textContent;
    expect(text).toContain('100%');
    expect(text).toContain('30%');
    expect(text).toContain(lang === 'vi' ? '2,5 tỷ USD' : 'USD 2.5 billion');
  });
});

describe.each(langs)('feedback page in %s', (lang) => {
  const html = page(pageUrl(lang, 'feedback'));
  const form = html.querySelector('form[data-feedback-form]')!;

  it('has a plain HTML form with native validation that works without JavaScript', () => {
    expect(form.getAttribute('method')).toBe('post');
    const endpoint = feedbackEndpoint(process.env);
    expect(form.getAttribute('action')).toEqual(endpoint ?? expect.stringMatching(/^mailto:[^@\s]+@[^@\s]+/));
    expect(form.querySelector('select[name="service"][required]')).not.toBeNull();
    expect(form.querySelectorAll('input[type="radio"][name="rating"][required]').length).toBe(5);
    expect(form.querySelector('textarea[maxlength]')).not.toBeNull();
    expect(form.querySelector('input[type="email"]')).not.toBeNull();
    expect(form.querySelector('button[type="submit"]')).not.toBeNull();
    for (const input of form.querySelectorAll('input:not([type="hidden"]), select, textarea')) {
      const id = input.getAttribute('id')!;
      expect(html.querySelector(`label[for="${id}"]`), id).not.toBeNull();
    }
  });

  it('carries validation messages in the page’s language, for the external script only', () => {
    expect(form.getAttribute('data-msg-required')).toBe(lang === 'vi' ? 'Vui lòng trả lời câu hỏi này.' : 'Please answer this question.');
    const script = html.querySelector('script[src="/scripts/feedback-form.js"]');
    expect(script).not.toBeNull();
    expect(script!.textContent.trim()).toBe('');
    expect(exists('/scripts/feedback-form.js')).toBe(true);
  });

  // This build's setting is checked here; the other one (FEEDBACK_ENDPOINT set) by tests/content/register.test.ts.
  it('posts to FEEDBACK_ENDPOINT when set at build time; without one, says so and offers the e-mail from site settings', () => {
    const email = String(parseYaml(readFileSync(join(root, 'content/settings', lang, 'site.yaml'), 'utf8')).email);
    const endpoint = feedbackEndpoint(process.env);
    if (endpoint) {
      expect(form.getAttribute('action')).toBe(endpoint);
      expect(html.querySelector('[data-no-endpoint]')).toBeNull();
    } else {
      expect(html.querySelector('[data-no-endpoint]')!.textContent).toContain(email);
      expect(html.querySelector(`[data-no-endpoint] a[href^="mailto:${email}"]`)?.getAttribute('href')).toMatch(new RegExp(`^mailto:${email}`));
      expect(form.getAttribute('action')!.startsWith(`mailto:${email}`)).toBe(true);
    }
  });
});

describe.each(langs)('home page in %s', (lang) => {
  const html = page(pageUrl(lang, 'home'));
  it('links the top tasks, including the procedures section', () => {
    const hrefs = html.querySelectorAll('.task__link').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([pageUrl(lang, 'procedures'), pageUrl(lang, 'legal'), pageUrl(lang, 'feedback')]);
  });
  it('shows the theme banner, the latest news and the deadlines section', () => {
    expect(html.querySelector('.theme-banner')).not.toBeNull();
    expect(html.querySelector('section[aria-labelledby="home-news"]')!.querySelectorAll('.news-card').length).toBeGreaterThan(0);
    expect(html.querySelector('#home-deadlines')).not.toBeNull();
  });
  it('lists the new sections in the main navigation', () => {
    const nav = html.querySelectorAll('nav a').map((a) => a.getAttribute('href'));
    for (const s of ['news', 'programme', 'calendar', 'feedback'] as const) expect(nav).toContain(pageUrl(lang, s));
  });
});


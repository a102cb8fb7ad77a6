/** Pure helpers of the news, programme, calendar and feedback pages. */
import { describe, expect, it } from 'vitest';
import { paginate } from '../../../src/lib/paginate.ts';
import { formatFigure, formatNumber, targetProgress } from '../../../src/collections/programme/targetProgress.ts';
import { feedbackEndpoint } from '../../../src/outputs/feedbackEndpoint.ts';
import { isPast, upcoming } from '../../../src/collections/events/timing.ts';
import { newsFeedUrl, newsPageUrl, newsTagUrl, calendarFeedUrl } from '../../../src/i18n/routes.ts';

describe('paginate', () => {
  it('splits into pages of the given size and keeps the order', () => {
    const pages = paginate([1, 2, 3, 4, 5, 6, 7], 5);
    expect(pages.map((p) => p.items)).toEqual([[1, 2, 3, 4, 5], [6, 7]]);
    expect(pages.map((p) => [p.number, p.total])).toEqual([[1, 2], [2, 2]]);
  });
  it('has one empty page for an empty list, and refuses a bad size', () => {
    expect(paginate([], 5)).toEqual([{ number: 1, total: 1, items: [] }]);
    expect(() => paginate([1], 0)).toThrow(/positive/);
  });
});

describe('targetProgress', () => {
  it('is awaiting data without a value reached or without a target', () => {
    expect(targetProgress({ target: 100 })).toEqual({ state: 'awaiting' });
    expect(targetProgress({ reached: 20 })).toEqual({ state: 'awaiting' });
  });
  it('compares the value reached with the target', () => {
    expect(targetProgress({ target: 30, reached: 15 })).toEqual({ state: 'in-progress', percent: 50 });
    expect(targetProgress({ target: 2.5, reached: 3 })).toEqual({ state: 'met', percent: 100 });
  });
  it('writes numbers the way each language does', () => {
    expect(formatNumber(2.5, 'vi')).toBe('2,5');
    expect(formatNumber(2.5, 'en')).toBe('2.5');
    expect(formatFigure(2.5, 'usd-billion', 'vi')).toBe('2,5 tỷ USD');
    expect(formatFigure(2.5, 'usd-billion', 'en')).toBe('USD 2.5 billion');
    expect(formatFigure(30, 'percent', 'vi')).toBe('30%');
  });
});

describe('feedbackEndpoint', () => {
  it('is null when unset or blank', () => {
    expect(feedbackEndpoint({})).toBeNull();
    expect(feedbackEndpoint({ FEEDBACK_ENDPOINT: '  ' })).toBeNull();
  });
  it('accepts an https address', () => {
    expect(feedbackEndpoint({ FEEDBACK_ENDPOINT: 'https://forms.example.gov.vn/khao-sat' })).toBe('https://forms.example.gov.vn/khao-sat');
  });
  it('refuses plain http and non-addresses with a clear message', () => {
    expect(() => feedbackEndpoint({ FEEDBACK_ENDPOINT: 'http://forms.example.gov.vn/' })).toThrow(/FEEDBACK_ENDPOINT.*https:\/\//);
    expect(() => feedbackEndpoint({ FEEDBACK_ENDPOINT: 'forms' })).toThrow(/not a web address/);
  });
});

describe('event timing', () => {
  const ev = (date: string) => ({ data: { date } });
  it('treats a deadline as past only after its day (Việt Nam dates)', () => {
    expect(isPast('2024-03-03', '2024-03-03')).toBe(false);
    expect(isPast('2024-03-03', '2024-03-04')).toBe(true);
  });
  it('lists upcoming events soonest first', () => {
    expect(upcoming([ev('2024-09-03'), ev('2024-03-03'), ev('2024-06-03')], '2024-04-01').map((e) => e.data.date)).toEqual(['2024-06-03', '2024-09-03']);
  });
});

describe('news and calendar URLs', () => {
  it('has readable per-language paths', () => {
    expect(newsPageUrl('vi', 1)).toBe('/vi/tin-tuc/');
    expect(newsPageUrl('en', 2)).toBe('/en/news/page/2/');
    expect(newsTagUrl('vi', 'mot-cua')).toBe('/vi/tin-tuc/chu-de/mot-cua/');
    expect(newsFeedUrl('en')).toBe('/en/news/rss.xml');
    expect(calendarFeedUrl('vi')).toBe('/vi/lich-bao-cao/lich.ics');
  });
});

/**
 * The small XML and text outputs, checked as their consumers receive them: the exact sitemap and OpenSearch
 * documents, XML escaping, the iCalendar edge cases (dates, a calendar without description, reading folded
 * and escaped text back), and which survey endpoints the build accepts.
 */
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/outputs/xml.ts';
import { pairByKey, sitemapXml } from '../../../src/outputs/sitemap.ts';
import { openSearchPath, openSearchXml } from '../../../src/outputs/openSearch.ts';
import { buildCalendar, icsDate, parseCalendar } from '../../../src/outputs/ical.ts';
import { feedbackEndpoint } from '../../../src/outputs/feedbackEndpoint.ts';

const site = new URL('https://heza.gov.vn');

describe('escapeXml', () => {
  it('escapes the four characters that break an element or a double-quoted attribute, and leaves Vietnamese alone', () => {
    expect(escapeXml('Tìm "văn bản" <mới> & cũ')).toBe('Tìm &quot;văn bản&quot; &lt;mới&gt; &amp; cũ');
    expect(escapeXml('&lt;')).toBe('&amp;lt;');
  });
});

describe('sitemapXml', () => {
  it('writes exactly one <url> per page, with its date, every language version and x-default, and each page once', () => {
    const xml = sitemapXml(
      [{ vi: '/vi/van-ban/a/', en: '/en/legal/a/' }, { en: '/en/news/only-en/' }, { vi: '/vi/van-ban/a/' }],
      site,
      new Map([['/vi/van-ban/a/', '2026-11-29']]),
    );
    const alt = (lang: string, path: string) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="https://heza.gov.vn${path}"/>`;
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
        '  <url>',
        '    <loc>https://heza.gov.vn/vi/van-ban/a/</loc>',
        '    <lastmod>2026-11-29</lastmod>',
        alt('vi', '/vi/van-ban/a/'),
        alt('en', '/en/legal/a/'),
        alt('x-default', '/vi/van-ban/a/'),
        '  </url>',
        '  <url>',
        '    <loc>https://heza.gov.vn/en/legal/a/</loc>',
        alt('vi', '/vi/van-ban/a/'),
        alt('en', '/en/legal/a/'),
        alt('x-default', '/vi/van-ban/a/'),
        '  </url>',
        '  <url>',
        '    <loc>https://heza.gov.vn/en/news/only-en/</loc>',
        alt('en', '/en/news/only-en/'),
        '  </url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });

  it('pairs pages by key in key order, also when one language has no pages at all', () => {
    expect(pairByKey({ vi: new Map([['b', '/vi/b/'], ['a', '/vi/a/']]) })).toEqual([{ vi: '/vi/a/' }, { vi: '/vi/b/' }]);
    expect(pairByKey({ en: new Map([['z', '/en/z/'], ['m', '/en/m/']]), vi: new Map([['z', '/vi/z/']]) })).toEqual([{ en: '/en/m/' }, { vi: '/vi/z/', en: '/en/z/' }]);
  });
});

describe('openSearchXml', () => {
  it('is exactly the OpenSearch description a browser needs to add the Vietnamese search', () => {
    expect(openSearchPath('vi')).toBe('/vi/opensearch.xml');
    expect(openSearchXml('vi', site)).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>CCHC HEZA</ShortName>
  <Description>Tìm trên cổng cải cách hành chính của Ban Quản lý Khu kinh tế Hải Phòng: văn bản, thủ tục, tin tức.</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>vi</Language>
  <Image height="16" width="16" type="image/svg+xml">https://heza.gov.vn/favicon.svg</Image>
  <Url type="text/html" method="get" template="https://heza.gov.vn/vi/tim-kiem/?q={searchTerms}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="https://heza.gov.vn/vi/opensearch.xml"/>
  <moz:SearchForm>https://heza.gov.vn/vi/</moz:SearchForm>
</OpenSearchDescription>
`);
  });

  it('sends English searches to the English search page', () => {
    const xml = openSearchXml('en', site);
    expect(xml).toContain('<ShortName>HEZA reform</ShortName>');
    expect(xml).toContain('<Language>en</Language>');
    expect(xml).toContain('template="https://heza.gov.vn/en/search/?q={searchTerms}"');
    expect(xml).toContain('rel="self" template="https://heza.gov.vn/en/opensearch.xml"');
    expect(xml).toContain('<moz:SearchForm>https://heza.gov.vn/en/</moz:SearchForm>');
  });
});

describe('iCalendar edge cases', () => {
  it('refuses a date with anything before or after YYYY-MM-DD', () => {
    expect(icsDate('2024-03-03')).toBe('20240303');
    expect(() => icsDate('2024-03-03T00:00')).toThrow('icsDate: "2024-03-03T00:00" is not a YYYY-MM-DD date');
    expect(() => icsDate('ngày 2024-03-03')).toThrow(/is not a YYYY-MM-DD date/);
  });

  it('writes a calendar without description or events as exactly these lines', () => {
    expect(buildCalendar({ prodId: '-//HEZA//Reporting calendar//VI', name: 'Lịch báo cáo', generated: new Date('2026-11-29T04:00:00Z'), events: [] })).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//HEZA//Reporting calendar//VI\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Lịch báo cáo\r\nX-WR-TIMEZONE:Asia/Ho_Chi_Minh\r\nEND:VCALENDAR\r\n',
    );
  });

  it('writes exactly this calendar: its description, then each event by day, then by UID, whatever order they come in', () => {
    const ev = (uid: string, date: string) => ({ uid: `${uid}@heza.gov.vn`, date, summary: uid });
    const text = buildCalendar({
      prodId: '-//HEZA//Reporting calendar//VI',
      name: 'Lịch báo cáo',
      description: 'Hạn nộp báo cáo, theo Kế hoạch 431/KH-BQL',
      generated: new Date('2026-11-29T04:00:00Z'),
      events: [
        ev('quy-ii', '2024-06-03'),
        ev('quy-i-b', '2024-03-03'),
        ev('nam', '2024-12-31'),
        { uid: 'quy-i-a@heza.gov.vn', date: '2024-03-03', summary: 'Báo cáo quý I', description: 'Gửi báo cáo, quý I', url: 'https://heza.gov.vn/vi/lich-bao-cao/', categories: ['Báo cáo quý', 'Văn phòng; BQL'] },
      ],
    });
    const plain = (uid: string, start: string, end: string) => ['BEGIN:VEVENT', `UID:${uid}@heza.gov.vn`, 'DTSTAMP:20261129T040000Z', `DTSTART;VALUE=DATE:${start}`, `DTEND;VALUE=DATE:${end}`, `SUMMARY:${uid}`, 'TRANSP:TRANSPARENT', 'END:VEVENT'];
    expect(text.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//HEZA//Reporting calendar//VI',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Lịch báo cáo',
      'X-WR-CALDESC:Hạn nộp báo cáo\\, theo Kế hoạch 431/KH-BQL',
      'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
      'BEGIN:VEVENT',
      'UID:quy-i-a@heza.gov.vn',
      'DTSTAMP:20261129T040000Z',
      'DTSTART;VALUE=DATE:20240303',
      'DTEND;VALUE=DATE:20240304',
      'SUMMARY:Báo cáo quý I',
      'DESCRIPTION:Gửi báo cáo\\, quý I',
      'URL;VALUE=URI:https://heza.gov.vn/vi/lich-bao-cao/',
      'CATEGORIES:Báo cáo quý,Văn phòng\\; BQL',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      ...plain('quy-i-b', '20240303', '20240304'),
      ...plain('quy-ii', '20240603', '20240604'),
      ...plain('nam', '20241231', '20250101'),
      'END:VCALENDAR',
      '',
    ]);
  });

  it('reads folded and escaped text back, and ignores an END:VEVENT without its BEGIN', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'X-WR-CALNAME:Lịch',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'SUMMARY:Họp\\, báo cáo\\nquý I',
      'DESCRIPTION:Dòng 1\\NDòng 2\\; hết\\\\',
      'URL;VALUE=URI:https://heza.gov.vn/vi/lich-',
      '\tbao-cao/',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    expect(parseCalendar(text)).toEqual({
      props: { BEGIN: 'VCALENDAR', 'X-WR-CALNAME': 'Lịch', END: 'VCALENDAR' },
      events: [{ SUMMARY: 'Họp, báo cáo\nquý I', DESCRIPTION: 'Dòng 1\nDòng 2; hết\\', 'URL;VALUE=URI': 'https://heza.gov.vn/vi/lich-bao-cao/' }],
    });
  });
});

describe('feedbackEndpoint', () => {
  it('accepts plain http only on this machine, for trying the form locally', () => {
    expect(feedbackEndpoint({ FEEDBACK_ENDPOINT: 'http://localhost:8787/khao-sat' })).toBe('http://localhost:8787/khao-sat');
    expect(feedbackEndpoint({ FEEDBACK_ENDPOINT: ' http://127.0.0.1:8787/ ' })).toBe('http://127.0.0.1:8787/');
    expect(feedbackEndpoint({ FEEDBACK_ENDPOINT: 'https://localhost/' })).toBe('https://localhost/');
  });

  it('refuses plain http elsewhere and any other scheme, even locally, saying why', () => {
    expect(() => feedbackEndpoint({ FEEDBACK_ENDPOINT: 'http://localhost.example.com/' })).toThrow('FEEDBACK_ENDPOINT: "http://localhost.example.com/" must start with https:// (answers carry personal data)');
    expect(() => feedbackEndpoint({ FEEDBACK_ENDPOINT: 'ftp://localhost/' })).toThrow(/must start with https:\/\//);
    expect(() => feedbackEndpoint({ FEEDBACK_ENDPOINT: 'khao sat' })).toThrow('FEEDBACK_ENDPOINT: "khao sat" is not a web address; set it to an https:// address or leave it unset');
  });
});

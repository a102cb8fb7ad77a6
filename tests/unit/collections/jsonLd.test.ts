/**
 * What machines read about a page (schema.org JSON-LD), stated value by value: the legal force of every
 * validity status, the relations that become isBasedOn, the channels of a procedure with the online
 * address only on the online channel, and the serialisation that no content can break out of.
 */
import { describe, expect, it } from 'vitest';
import { collectionDefs } from '../../../src/schemas/index.ts';
import type { LegalData } from '../../../src/schemas/legal.ts';
import type { ProcedureData } from '../../../src/schemas/procedures.ts';
import type { SiteSettings } from '../../../src/schemas/settings.ts';
import { statuses } from '../../../src/schemas/legal.vocab.ts';
import { serializeJsonLd } from '../../../src/lib/jsonLd.ts';
import { legislationJsonLd as legislationOf } from '../../../src/collections/legal/jsonLd.ts';
import { validity } from '../../../src/collections/legal/status.ts';
import { governmentServiceJsonLd } from '../../../src/collections/procedures/jsonLd.ts';
import { newsArticleJsonLd } from '../../../src/collections/news/jsonLd.ts';
import { eventJsonLd } from '../../../src/collections/events/jsonLd.ts';
import { validDoc } from '../../helpers/contentFixture.ts';

const TODAY = '2026-11-30';
/** JSON-LD with the status shown on TODAY, as the document page makes it. */
const legislationJsonLd = (d: LegalData, lang: 'vi' | 'en', url: string, related: { url: string; relation: string }[] = []) =>
  legislationOf(d, validity(d, TODAY), lang, url, related);

const URL_61 = 'https://heza.gov.vn/vi/van-ban/61-2018-nd-cp/';
const legal = (over: Record<string, unknown> = {}) => collectionDefs.legal.schema.parse(validDoc(over)) as LegalData;

describe('Legislation JSON-LD', () => {
  const force: Record<(typeof statuses)[number], string | undefined> = {
    'con-hieu-luc': 'https://schema.org/InForce',
    'het-hieu-luc-mot-phan': 'https://schema.org/PartiallyInForce',
    'het-hieu-luc-toan-bo': 'https://schema.org/NotInForce',
    'ngung-hieu-luc': 'https://schema.org/NotInForce',
    'chua-co-hieu-luc': 'https://schema.org/NotInForce',
    'chua-xac-dinh': undefined,
  };

  it('covers every status', () => {
    expect(Object.keys(force).sort()).toEqual([...statuses].sort());
  });

  it.each(Object.entries(force))('status %s → legislationLegalForce %s (none while awaiting verification)', (status, expected) => {
    // "Not yet in force" with an effective date still to come (once it has come, readers see "in force").
    const ld = legislationJsonLd(legal({ status, ...(status === 'chua-co-hieu-luc' ? { effective: '2027-01-01' } : {}) }), 'vi', URL_61);
    expect(ld.legislationLegalForce).toBe(expected);
    expect('legislationLegalForce' in ld).toBe(expected !== undefined);
  });

  it('names the document, its dates, issuer and jurisdiction in each language', () => {
    expect(legislationJsonLd(legal(), 'vi', URL_61)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      '@id': URL_61,
      url: URL_61,
      name: 'Nghị định 61/2018/NĐ-CP',
      alternateName: 'Nghị định về thực hiện cơ chế một cửa',
      legislationIdentifier: '61/2018/NĐ-CP',
      legislationDate: '2018-04-23',
      legislationDateVersion: '2018-06-21',
      legislationType: 'Nghị định',
      legislationPassedBy: { '@type': 'GovernmentOrganization', name: 'Chính phủ' },
      legislationJurisdiction: { '@type': 'AdministrativeArea', name: 'Việt Nam' },
      inLanguage: 'vi',
      abstract: 'Tóm tắt.',
    });
    const en = legislationJsonLd(legal(), 'en', URL_61);
    expect([en.name, en.legislationType, en.legislationPassedBy.name, en.legislationJurisdiction.name, en.inLanguage]).toEqual([
      'Decree 61/2018/NĐ-CP',
      'Decree',
      'Government',
      'Viet Nam',
      'en',
    ]);
  });

  it('tells machines the status readers see, not the recorded one: in force from a day not yet come is NotInForce', () => {
    expect(legislationJsonLd(legal({ status: 'con-hieu-luc', effective: '2026-12-01' }), 'vi', URL_61).legislationLegalForce).toBe('https://schema.org/NotInForce');
    expect(legislationJsonLd(legal({ status: 'con-hieu-luc', effective: TODAY }), 'vi', URL_61).legislationLegalForce).toBe('https://schema.org/InForce');
    expect(legislationJsonLd(legal({ status: 'con-hieu-luc', expiry: TODAY }), 'vi', URL_61).legislationLegalForce).toBe('https://schema.org/NotInForce');
  });

  it('leaves out the version date when there is no effective date', () => {
    const d = legal();
    delete (d as { effective?: string }).effective;
    expect('legislationDateVersion' in legislationJsonLd(d, 'vi', URL_61)).toBe(false);
  });

  it('lists as isBasedOn only the documents this one is based on (can-cu), not the others it relates to', () => {
    const related = [
      { url: 'https://heza.gov.vn/vi/van-ban/a/', relation: 'can-cu' },
      { url: 'https://heza.gov.vn/vi/van-ban/b/', relation: 'huong-dan' },
      { url: 'https://heza.gov.vn/vi/van-ban/c/', relation: 'can-cu' },
      { url: 'https://heza.gov.vn/vi/van-ban/d/', relation: 'thay-the' },
    ];
    expect(legislationJsonLd(legal(), 'vi', URL_61, related).isBasedOn).toEqual(['https://heza.gov.vn/vi/van-ban/a/', 'https://heza.gov.vn/vi/van-ban/c/']);
    expect('isBasedOn' in legislationJsonLd(legal(), 'vi', URL_61, [])).toBe(false);
  });
});

describe('serialising JSON-LD into a page', () => {
  it('escapes "<" so that no text can close the script element, and the line separators JavaScript rejects', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script>', note: 'a\u2028b\u2029c' });
    expect(text).toBe('{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>","note":"a\\u2028b\\u2029c"}');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>', note: 'a\u2028b\u2029c' });
  });
});

describe('GovernmentService JSON-LD of a procedure', () => {
  const settings = {
    authorityName: 'Ban Quản lý Khu kinh tế Hải Phòng',
    website: 'https://heza.gov.vn',
    oneStopAddress: 'Số 24 Cù Chính Lan',
    phone: '0225 3 000 001',
    // Contact details reach machines only once confirmed (sample values never do).
    confirmedContacts: ['oneStopAddress', 'phone'],
  } as SiteSettings;
  const procedure = (over: Partial<ProcedureData> = {}) =>
    ({
      title: 'Cấp giấy phép lao động',
      summary: 'Tóm tắt.',
      field: 'lao-dong',
      applicants: ['Doanh nghiệp', 'Nhà đầu tư'],
      channels: [{ kind: 'truc-tiep', timeLimit: 10, timeUnit: 'ngay' }, { kind: 'truc-tuyen', timeLimit: 8, timeUnit: 'gio' }, { kind: 'buu-chinh', timeLimit: 5, timeUnit: 'ngay-lam-viec' }],
      onlineServiceUrl: 'https://dichvucong.gov.vn/p/123',
      ...over,
    }) as ProcedureData;
  const url = 'https://heza.gov.vn/vi/thu-tuc/cap-giay-phep-lao-dong/';

  it('puts the online-service address on the online channel only', () => {
    const ld = governmentServiceJsonLd(procedure(), 'vi', url, settings);
    expect(ld.availableChannel.map((c) => ('serviceUrl' in c ? c.serviceUrl : null))).toEqual([null, 'https://dichvucong.gov.vn/p/123', null]);
  });

  it('has no online-service address when the procedure has none', () => {
    const ld = governmentServiceJsonLd(procedure({ onlineServiceUrl: undefined }), 'vi', url, settings);
    expect(ld.availableChannel.some((c) => 'serviceUrl' in c)).toBe(false);
  });

  it('describes each channel: the desk with its address and phone, the post with its address, durations in ISO 8601', () => {
    const ld = governmentServiceJsonLd(procedure(), 'vi', url, settings);
    expect(ld.availableChannel).toEqual([
      {
        '@type': 'ServiceChannel',
        name: 'Trực tiếp tại Bộ phận một cửa',
        serviceLocation: { '@type': 'Place', name: 'Số 24 Cù Chính Lan', address: 'Số 24 Cù Chính Lan' },
        servicePhone: { '@type': 'ContactPoint', telephone: '0225 3 000 001' },
        processingTime: 'P10D',
      },
      { '@type': 'ServiceChannel', name: 'Trực tuyến', serviceUrl: 'https://dichvucong.gov.vn/p/123', processingTime: 'PT8H' },
      { '@type': 'ServiceChannel', name: 'Qua dịch vụ bưu chính', servicePostalAddress: { '@type': 'PostalAddress', streetAddress: 'Số 24 Cù Chính Lan' } },
    ]);
  });

  it('leaves out an address and a phone that are sample values, not confirmed in the settings', () => {
    const ld = governmentServiceJsonLd(procedure(), 'vi', url, { ...settings, confirmedContacts: [] });
    expect(ld.availableChannel).toEqual([
      { '@type': 'ServiceChannel', name: 'Trực tiếp tại Bộ phận một cửa', processingTime: 'P10D' },
      { '@type': 'ServiceChannel', name: 'Trực tuyến', serviceUrl: 'https://dichvucong.gov.vn/p/123', processingTime: 'PT8H' },
      { '@type': 'ServiceChannel', name: 'Qua dịch vụ bưu chính' },
    ]);
  });

  it('names the service, its provider, area and audience; the code only when there is one', () => {
    const ld = governmentServiceJsonLd(procedure({ code: '1.009794' }), 'en', url, settings);
    const provider = { '@type': 'GovernmentOrganization', name: 'Ban Quản lý Khu kinh tế Hải Phòng', url: 'https://heza.gov.vn' };
    expect({ ...ld, availableChannel: undefined }).toEqual({
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      '@id': url,
      url,
      name: 'Cấp giấy phép lao động',
      description: 'Tóm tắt.',
      identifier: '1.009794',
      serviceType: 'Foreign workers',
      provider,
      serviceOperator: provider,
      areaServed: { '@type': 'AdministrativeArea', name: 'Hải Phòng' },
      audience: { '@type': 'Audience', audienceType: 'Doanh nghiệp; Nhà đầu tư' },
      availableChannel: undefined,
    });
    expect(governmentServiceJsonLd(procedure(), 'vi', url, settings).areaServed.name).toBe('Thành phố Hải Phòng');
    expect('identifier' in governmentServiceJsonLd(procedure(), 'vi', url, settings)).toBe(false);
  });
});

describe('NewsArticle and Event JSON-LD', () => {
  const publisher = { name: 'Ban Quản lý Khu kinh tế Hải Phòng', url: 'https://heza.gov.vn', address: 'Số 24 Cù Chính Lan' };
  const article = (over = {}) =>
    newsArticleJsonLd({
      url: 'https://heza.gov.vn/vi/tin-tuc/a/',
      headline: 'Tin',
      description: 'Mô tả',
      published: '2026-01-02',
      lang: 'vi',
      imageUrls: [],
      keywords: ['cai-cach'],
      publisher,
      sample: false,
      ...over,
    });

  it('states the dates, the publisher as author, and no image when there is none', () => {
    const org = { '@type': 'GovernmentOrganization', name: publisher.name, url: publisher.url };
    expect(article()).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      '@id': 'https://heza.gov.vn/vi/tin-tuc/a/',
      url: 'https://heza.gov.vn/vi/tin-tuc/a/',
      mainEntityOfPage: 'https://heza.gov.vn/vi/tin-tuc/a/',
      headline: 'Tin',
      description: 'Mô tả',
      datePublished: '2026-01-02',
      dateModified: '2026-01-02',
      inLanguage: 'vi',
      keywords: ['cai-cach'],
      author: org,
      publisher: org,
    });
  });

  it('uses the update date when there is one, lists images, and marks sample items as such', () => {
    const a = article({ updated: '2026-02-03', imageUrls: ['https://heza.gov.vn/_astro/a.jpg'], sample: true });
    expect([a.dateModified, a.image, a.creativeWorkStatus]).toEqual(['2026-02-03', ['https://heza.gov.vn/_astro/a.jpg'], 'Sample']);
  });

  it('describes an event on one day at the Authority', () => {
    const e = eventJsonLd({ url: 'https://heza.gov.vn/vi/lich/a/', name: 'Hạn báo cáo', description: 'Quý I', date: '2026-03-31', lang: 'vi', organizer: publisher });
    expect(e).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      '@id': 'https://heza.gov.vn/vi/lich/a/',
      url: 'https://heza.gov.vn/vi/lich/a/',
      name: 'Hạn báo cáo',
      description: 'Quý I',
      startDate: '2026-03-31',
      endDate: '2026-03-31',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      inLanguage: 'vi',
      location: { '@type': 'Place', name: publisher.name, address: 'Số 24 Cù Chính Lan' },
      organizer: { '@type': 'GovernmentOrganization', name: publisher.name, url: publisher.url },
    });
    const noAddress = eventJsonLd({ url: 'u', name: 'n', description: 'd', date: '2026-03-31', lang: 'en', organizer: { name: 'A', url: 'https://a' } });
    expect(noAddress.location).toEqual({ '@type': 'Place', name: 'A' });
  });
});

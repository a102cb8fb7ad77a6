/** The JSON-LD validator: good blocks pass, each kind of mistake is reported with its path. */
import { describe, expect, it } from 'vitest';
import { validateJsonLd } from './validateJsonLd.ts';

const legislation = {
  '@context': 'https://schema.org',
  '@type': 'Legislation',
  url: 'https://heza.gov.vn/vi/van-ban/61-2018-nd-cp/',
  name: 'Nghị định 61/2018/NĐ-CP',
  legislationIdentifier: '61/2018/NĐ-CP',
  legislationDate: '2018-04-23',
  legislationType: 'Nghị định',
  legislationPassedBy: { '@type': 'GovernmentOrganization', name: 'Chính phủ' },
  legislationJurisdiction: { '@type': 'AdministrativeArea', name: 'Việt Nam' },
  legislationLegalForce: 'https://schema.org/InForce',
  abstract: 'Tóm tắt',
  inLanguage: 'vi',
};
const event = { '@context': 'https://schema.org', '@type': 'Event', name: 'Báo cáo quý', startDate: '2026-12-15', endDate: '2026-12-15', location: { '@type': 'Place', name: 'HEZA', address: 'Hải Phòng' }, eventStatus: 'https://schema.org/EventScheduled', organizer: { '@type': 'GovernmentOrganization', name: 'HEZA', url: 'https://heza.gov.vn' }, description: 'x', url: 'https://heza.gov.vn/vi/' };
const news = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Tin', datePublished: '2026-11-01T08:00:00+07:00', url: 'https://heza.gov.vn/vi/tin-tuc/a/', inLanguage: 'vi', mainEntityOfPage: { '@id': 'https://heza.gov.vn/vi/tin-tuc/a/' } };
const crumbs = { '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'https://heza.gov.vn/vi/' }, { '@type': 'ListItem', position: 2, name: 'Văn bản' }] };

describe('validateJsonLd', () => {
  it.each([
    ['Legislation', legislation],
    ['Event', event],
    ['NewsArticle', news],
    ['BreadcrumbList', crumbs],
  ])('accepts a complete %s', (_t, block) => {
    expect(validateJsonLd(block).errors).toEqual([]);
  });

  it('reports expected properties as warnings, not errors', () => {
    const r = validateJsonLd({ '@context': 'https://schema.org', '@type': 'Event', name: 'x', startDate: '2026-01-01' });
    expect(r.errors).toEqual([]);
    expect(r.warnings.join('\n')).toMatch(/"location"/);
  });

  it.each([
    ['a missing required property', { ...legislation, legislationIdentifier: undefined }, /required property "legislationIdentifier"/],
    ['a date that is not ISO 8601', { ...legislation, legislationDate: '23/04/2018' }, /legislationDate: "23\/04\/2018" is not an ISO 8601 date/],
    ['a relative URL', { ...legislation, url: '/vi/van-ban/x/' }, /\$\.url: .* not an absolute URL/],
    ['a legal force outside the enumeration', { ...legislation, legislationLegalForce: 'Valid' }, /not a LegalForceStatus/],
    ['a nested object without its name', { ...legislation, legislationPassedBy: { '@type': 'GovernmentOrganization' } }, /legislationPassedBy \(GovernmentOrganization\): required property "name"/],
    ['an unknown type', { '@context': 'https://schema.org', '@type': 'Recipe', name: 'x' }, /"Recipe" has no rule/],
    ['a wrong context', { ...legislation, '@context': 'https://example.org' }, /@context/],
    ['an end before the start', { ...event, endDate: '2026-12-01' }, /endDate: before startDate/],
    ['a headline over 110 characters', { ...news, headline: 'x'.repeat(111) }, /headline: 111 characters/],
    ['breadcrumb positions out of order', { ...crumbs, itemListElement: [{ '@type': 'ListItem', position: 2, name: 'a', item: 'https://heza.gov.vn/' }] }, /position: 2, expected 1/],
    ['a bad processing time', { '@context': 'https://schema.org', '@type': 'GovernmentService', name: 'x', url: 'https://heza.gov.vn/', provider: { '@type': 'GovernmentOrganization', name: 'p' }, availableChannel: [{ '@type': 'ServiceChannel', name: 'c', processingTime: '15 days' }] }, /processingTime: "15 days" is not an ISO 8601 duration/],
    ['an empty list', { ...legislation, isBasedOn: [] }, /\$\.isBasedOn: empty list/],
  ])('reports %s', (_what, block, message) => {
    expect(validateJsonLd(block).errors.join('\n')).toMatch(message);
  });
});

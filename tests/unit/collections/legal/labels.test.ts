/** The legal library's labels in each language: field names, facet headings, facet values and document names. */
import { describe, expect, it } from 'vitest';
import { documentName, facetHeading, facetLabel, fieldLabel, statusLabel } from '../../../../src/collections/legal/labels.ts';

describe('legal labels', () => {
  it('names a field as editors see it in the CMS', () => {
    expect(fieldLabel('status', 'vi')).toBe('Tình trạng hiệu lực');
    expect(fieldLabel('status', 'en')).toBe('Validity status');
    expect(fieldLabel('issued', 'vi')).toBe('Ngày ban hành');
  });

  it('heads each facet by its field, and the year facet by the year of issue', () => {
    expect(facetHeading('docType', 'vi')).toBe('Loại văn bản');
    expect(facetHeading('issuer', 'en')).toBe('Issuing body');
    expect(facetHeading('status', 'vi')).toBe('Tình trạng hiệu lực');
    expect(facetHeading('year', 'vi')).toBe('Năm ban hành');
    expect(facetHeading('year', 'en')).toBe('Year of issue');
  });

  it('writes a facet value in words, and a year as it is', () => {
    expect(facetLabel('docType', 'ke-hoach', 'vi')).toBe('Kế hoạch');
    expect(facetLabel('docType', 'nghi-dinh', 'en')).toBe('Decree');
    expect(facetLabel('issuer', 'chinh-phu', 'vi')).toBe('Chính phủ');
    expect(facetLabel('issuer', 'chinh-phu', 'en')).toBe('Government');
    expect(facetLabel('status', 'het-hieu-luc-toan-bo', 'vi')).toBe('Hết hiệu lực toàn bộ');
    expect(facetLabel('status', 'con-hieu-luc', 'en')).toBe('In force');
    expect(facetLabel('year', '2018', 'vi')).toBe('2018');
  });

  it('writes a validity status in words', () => {
    expect(statusLabel('con-hieu-luc', 'vi')).toBe('Còn hiệu lực');
    expect(statusLabel('het-hieu-luc-toan-bo', 'en')).toBe('No longer in force');
  });

  it('names a document by its type and number', () => {
    expect(documentName({ docType: 'nghi-dinh', number: '61/2018/NĐ-CP' }, 'vi')).toBe('Nghị định 61/2018/NĐ-CP');
    expect(documentName({ docType: 'nghi-dinh', number: '61/2018/NĐ-CP' }, 'en')).toBe('Decree 61/2018/NĐ-CP');
    expect(documentName({ docType: 'ke-hoach', number: '431/KH-BQL' }, 'vi')).toBe('Kế hoạch 431/KH-BQL');
  });
});

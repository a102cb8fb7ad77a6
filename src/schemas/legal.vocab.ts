/**
 * Controlled vocabularies of the legal library, with their labels in both languages. The values are
 * what content files store; the labels are what pages, facets and the CMS show. Terms follow the
 * national legal-document database (vbpl.vn).
 */
import type { Bilingual } from './fields.ts';

export const docTypes = [
  'luat',
  'nghi-quyet',
  'nghi-dinh',
  'quyet-dinh',
  'chi-thi',
  'thong-tu',
  'ke-hoach',
  'cong-van',
  'thong-bao',
  'van-ban-khac',
] as const;
export type DocType = (typeof docTypes)[number];
export const docTypeLabels: Record<DocType, Bilingual> = {
  luat: { vi: 'Luật', en: 'Law' },
  'nghi-quyet': { vi: 'Nghị quyết', en: 'Resolution' },
  'nghi-dinh': { vi: 'Nghị định', en: 'Decree' },
  'quyet-dinh': { vi: 'Quyết định', en: 'Decision' },
  'chi-thi': { vi: 'Chỉ thị', en: 'Directive' },
  'thong-tu': { vi: 'Thông tư', en: 'Circular' },
  'ke-hoach': { vi: 'Kế hoạch', en: 'Plan' },
  'cong-van': { vi: 'Công văn', en: 'Official letter' },
  'thong-bao': { vi: 'Thông báo', en: 'Notice' },
  'van-ban-khac': { vi: 'Văn bản khác', en: 'Other document' },
};

export const issuers = [
  'quoc-hoi',
  'uy-ban-thuong-vu-quoc-hoi',
  'chinh-phu',
  'thu-tuong-chinh-phu',
  'van-phong-chinh-phu',
  'ubnd-tp-hai-phong',
  'hdnd-tp-hai-phong',
  'bql-kkt-hai-phong',
  'khac',
] as const;
export type Issuer = (typeof issuers)[number];
export const issuerLabels: Record<Issuer, Bilingual> = {
  'quoc-hoi': { vi: 'Quốc hội', en: 'National Assembly' },
  'uy-ban-thuong-vu-quoc-hoi': { vi: 'Ủy ban Thường vụ Quốc hội', en: 'National Assembly Standing Committee' },
  'chinh-phu': { vi: 'Chính phủ', en: 'Government' },
  'thu-tuong-chinh-phu': { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
  'van-phong-chinh-phu': { vi: 'Văn phòng Chính phủ', en: 'Government Office' },
  'ubnd-tp-hai-phong': { vi: 'UBND thành phố Hải Phòng', en: 'Hải Phòng People’s Committee' },
  'hdnd-tp-hai-phong': { vi: 'HĐND thành phố Hải Phòng', en: 'Hải Phòng People’s Council' },
  'bql-kkt-hai-phong': { vi: 'Ban Quản lý Khu kinh tế Hải Phòng', en: 'Hải Phòng Economic Zone Authority' },
  khac: { vi: 'Cơ quan khác', en: 'Other body' },
};

/** Validity status as recorded by an editor; "chua-xac-dinh" is this portal's "not yet verified". */
export const statuses = [
  'con-hieu-luc',
  'het-hieu-luc-mot-phan',
  'het-hieu-luc-toan-bo',
  'chua-co-hieu-luc',
  'ngung-hieu-luc',
  'chua-xac-dinh',
] as const;
export type Status = (typeof statuses)[number];
export const statusLabels: Record<Status, Bilingual> = {
  'con-hieu-luc': { vi: 'Còn hiệu lực', en: 'In force' },
  'het-hieu-luc-mot-phan': { vi: 'Hết hiệu lực một phần', en: 'Partly in force' },
  'het-hieu-luc-toan-bo': { vi: 'Hết hiệu lực toàn bộ', en: 'No longer in force' },
  'chua-co-hieu-luc': { vi: 'Chưa có hiệu lực', en: 'Not yet in force' },
  'ngung-hieu-luc': { vi: 'Ngưng hiệu lực', en: 'Suspended' },
  'chua-xac-dinh': { vi: 'Đang chờ xác minh', en: 'Awaiting verification' },
};

export const subjects = [
  'cai-cach-hanh-chinh',
  'thu-tuc-hanh-chinh',
  'mot-cua',
  'to-chuc-bo-may',
  'chinh-quyen-dien-tu',
  'dau-tu',
  'tuyen-truyen',
  'don-vi-hanh-chinh',
  'lao-dong',
  'xay-dung',
] as const;
export type Subject = (typeof subjects)[number];
export const subjectLabels: Record<Subject, Bilingual> = {
  'cai-cach-hanh-chinh': { vi: 'Cải cách hành chính', en: 'Administrative reform' },
  'thu-tuc-hanh-chinh': { vi: 'Thủ tục hành chính', en: 'Administrative procedures' },
  'mot-cua': { vi: 'Một cửa, một cửa liên thông', en: 'One-stop shop' },
  'to-chuc-bo-may': { vi: 'Tổ chức bộ máy', en: 'State apparatus' },
  'chinh-quyen-dien-tu': { vi: 'Chính quyền điện tử, chuyển đổi số', en: 'E-government and digital transformation' },
  'dau-tu': { vi: 'Đầu tư', en: 'Investment' },
  'tuyen-truyen': { vi: 'Thông tin, tuyên truyền', en: 'Public communication' },
  'don-vi-hanh-chinh': { vi: 'Đơn vị hành chính', en: 'Administrative units' },
  'lao-dong': { vi: 'Lao động', en: 'Labour' },
  'xay-dung': { vi: 'Xây dựng', en: 'Construction' },
};

/**
 * Relations between documents. Each is stored once, on the acting document (the one that guides,
 * amends, replaces…), and shown on both pages: `active` on the acting one, `passive` on its target.
 */
export const relationTypes = [
  'can-cu',
  'dan-chieu',
  'huong-dan',
  'trien-khai',
  'sua-doi-bo-sung',
  'thay-the',
  'bai-bo',
  'bai-bo-mot-phan',
  'dinh-chi',
] as const;
export type RelationType = (typeof relationTypes)[number];
export const relationLabels: Record<RelationType, { active: Bilingual; passive: Bilingual }> = {
  'can-cu': { active: { vi: 'Căn cứ', en: 'Based on' }, passive: { vi: 'Là căn cứ của', en: 'Basis for' } },
  'dan-chieu': { active: { vi: 'Dẫn chiếu', en: 'Cites' }, passive: { vi: 'Được dẫn chiếu bởi', en: 'Cited by' } },
  'huong-dan': { active: { vi: 'Hướng dẫn', en: 'Guides' }, passive: { vi: 'Được hướng dẫn bởi', en: 'Guided by' } },
  'trien-khai': {
    active: { vi: 'Triển khai thực hiện', en: 'Implements' },
    passive: { vi: 'Được triển khai bởi', en: 'Implemented by' },
  },
  'sua-doi-bo-sung': {
    active: { vi: 'Sửa đổi, bổ sung', en: 'Amends' },
    passive: { vi: 'Được sửa đổi, bổ sung bởi', en: 'Amended by' },
  },
  'thay-the': { active: { vi: 'Thay thế', en: 'Replaces' }, passive: { vi: 'Bị thay thế bởi', en: 'Replaced by' } },
  'bai-bo': { active: { vi: 'Bãi bỏ toàn bộ', en: 'Repeals' }, passive: { vi: 'Bị bãi bỏ toàn bộ bởi', en: 'Repealed by' } },
  'bai-bo-mot-phan': {
    active: { vi: 'Bãi bỏ một phần', en: 'Partly repeals' },
    passive: { vi: 'Bị bãi bỏ một phần bởi', en: 'Partly repealed by' },
  },
  'dinh-chi': { active: { vi: 'Đình chỉ', en: 'Suspends' }, passive: { vi: 'Bị đình chỉ bởi', en: 'Suspended by' } },
};

export const relationOptionLabels = Object.fromEntries(
  relationTypes.map((t) => [t, relationLabels[t].active]),
) as Record<RelationType, Bilingual>;

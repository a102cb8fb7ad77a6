/** Controlled vocabularies of the procedure guides, with labels in both languages. */
import type { Bilingual } from './fields.ts';

export const procedureFields = ['dau-tu', 'lao-dong', 'xay-dung'] as const;
export type ProcedureField = (typeof procedureFields)[number];
export const procedureFieldLabels: Record<ProcedureField, Bilingual> = {
  'dau-tu': { vi: 'Đầu tư', en: 'Investment' },
  'lao-dong': { vi: 'Lao động nước ngoài', en: 'Foreign workers' },
  'xay-dung': { vi: 'Xây dựng', en: 'Construction' },
};

export const governmentLevels = ['cap-tinh', 'cap-xa'] as const;
export type GovernmentLevel = (typeof governmentLevels)[number];
export const governmentLevelLabels: Record<GovernmentLevel, Bilingual> = {
  'cap-tinh': { vi: 'Cấp tỉnh', en: 'Provincial level' },
  'cap-xa': { vi: 'Cấp xã', en: 'Commune level' },
};

/** Online levels under Nghị định 42/2022/NĐ-CP. */
export const onlineLevels = ['toan-trinh', 'mot-phan', 'khong-truc-tuyen'] as const;
export type OnlineLevel = (typeof onlineLevels)[number];
export const onlineLevelLabels: Record<OnlineLevel, Bilingual> = {
  'toan-trinh': { vi: 'Dịch vụ công trực tuyến toàn trình', en: 'Fully online' },
  'mot-phan': { vi: 'Dịch vụ công trực tuyến một phần', en: 'Partly online' },
  'khong-truc-tuyen': { vi: 'Không cung cấp trực tuyến', en: 'Not online' },
};

export const channelKinds = ['truc-tiep', 'truc-tuyen', 'buu-chinh'] as const;
export type ChannelKind = (typeof channelKinds)[number];
export const channelKindLabels: Record<ChannelKind, Bilingual> = {
  'truc-tiep': { vi: 'Trực tiếp tại Bộ phận một cửa', en: 'In person at the Reception and Results Desk' },
  'truc-tuyen': { vi: 'Trực tuyến', en: 'Online' },
  'buu-chinh': { vi: 'Qua dịch vụ bưu chính', en: 'By post' },
};

export const timeUnits = ['ngay-lam-viec', 'ngay', 'gio'] as const;
export type TimeUnit = (typeof timeUnits)[number];
export const timeUnitLabels: Record<TimeUnit, Bilingual> = {
  'ngay-lam-viec': { vi: 'ngày làm việc', en: 'working days' },
  ngay: { vi: 'ngày', en: 'days' },
  gio: { vi: 'giờ', en: 'hours' },
};

/** Sections of a guide an editor can mark as illustrative (not yet taken from an official source). */
export const sampleSections = ['steps', 'channels', 'dossier', 'applicants', 'result', 'conditions'] as const;
export type SampleSection = (typeof sampleSections)[number];
export const sampleSectionLabels: Record<SampleSection, Bilingual> = {
  steps: { vi: 'Trình tự thực hiện', en: 'Steps' },
  channels: { vi: 'Cách thức thực hiện', en: 'Ways to submit' },
  dossier: { vi: 'Thành phần hồ sơ', en: 'Dossier' },
  applicants: { vi: 'Đối tượng thực hiện', en: 'Who may apply' },
  result: { vi: 'Kết quả', en: 'Result' },
  conditions: { vi: 'Yêu cầu, điều kiện', en: 'Conditions' },
};

/** Yes / no for facts that may also be unknown (left out); a CMS checkbox could only say yes or no. */
export const yesNo = ['co', 'khong'] as const;
export type YesNo = (typeof yesNo)[number];
export const yesNoLabels: Record<YesNo, Bilingual> = {
  co: { vi: 'Có', en: 'Yes' },
  khong: { vi: 'Không', en: 'No' },
};

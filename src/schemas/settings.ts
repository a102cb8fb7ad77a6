/**
 * Site-wide settings an editor changes: content/settings/{vi,en}/site.yaml. The Authority's name,
 * address, hotline and desk hours are kept here once and shown on every page. Which of them are confirmed
 * is recorded in `confirmedContacts`; the others are sample values, flagged wherever they are shown.
 */
import type { z } from 'astro/zod';
import { entrySchema, multiSelect, optional, text, url, type Bilingual } from './fields.ts';

/** The contact details of the Authority that are published; each is a sample value until confirmed. */
export const contactFields = ['address', 'oneStopAddress', 'hotline', 'phone', 'email', 'hours'] as const;
export type ContactField = (typeof contactFields)[number];
export const contactFieldLabels: Record<ContactField, Bilingual> = {
  address: { vi: 'Địa chỉ trụ sở', en: 'Address' },
  oneStopAddress: { vi: 'Địa chỉ Bộ phận một cửa', en: 'Address of the Reception and Results Desk' },
  hotline: { vi: 'Đường dây nóng', en: 'Hotline' },
  phone: { vi: 'Điện thoại', en: 'Telephone' },
  email: { vi: 'Thư điện tử', en: 'E-mail' },
  hours: { vi: 'Giờ làm việc', en: 'Opening hours' },
};

export const settingsFields = {
  authorityName: text({ vi: 'Tên cơ quan', en: 'Name of the Authority' }, { translated: true }),
  authorityShortName: text({ vi: 'Tên viết tắt', en: 'Short name' }, { translated: true }),
  parentBody: text({ vi: 'Cơ quan chủ quản', en: 'Parent body' }, { translated: true }),
  address: text({ vi: 'Địa chỉ trụ sở', en: 'Address' }, { translated: true }),
  oneStopAddress: text({ vi: 'Địa chỉ Bộ phận một cửa', en: 'Address of the Reception and Results Desk' }, { translated: true }),
  hotline: text({ vi: 'Đường dây nóng', en: 'Hotline' }),
  phone: text({ vi: 'Điện thoại', en: 'Telephone' }),
  email: text({ vi: 'Thư điện tử', en: 'E-mail' }),
  website: url({ vi: 'Cổng thông tin điện tử', en: 'Website' }),
  hours: text({ vi: 'Giờ làm việc của Bộ phận một cửa', en: 'Opening hours of the Reception and Results Desk' }, {
    translated: true,
    multiline: true,
  }),
  onlineServicesUrl: url({ vi: 'Cổng dịch vụ công', en: 'Online public services' }),
  confirmedContacts: optional(
    multiSelect({ vi: 'Thông tin liên hệ đã xác minh', en: 'Contact details confirmed' }, contactFields, contactFieldLabels, {
      hint: 'Chỉ chọn những mục đã đối chiếu với nguồn chính thức. Mục không được chọn là giá trị mẫu: mọi trang, bản in ghi “giá trị mẫu” bên cạnh; dữ liệu có cấu trúc (JSON-LD) và dữ liệu mở không đăng mục đó.',
    }),
  ),
  note: optional(text({ vi: 'Ghi chú', en: 'Note' }, { translated: true, multiline: true })),
};

export const settingsSchema = entrySchema(settingsFields);
export type SiteSettings = z.output<typeof settingsSchema>;

/**
 * Site-wide settings an editor changes: content/settings/{vi,en}/site.yaml. The Authority's name,
 * address, hotline and one-stop-desk hours are kept here once and shown on every page.
 */
import type { z } from 'astro/zod';
import { boolean, entrySchema, optional, text, url } from './fields.ts';

export const settingsFields = {
  authorityName: text({ vi: 'Tên cơ quan', en: 'Name of the Authority' }, { translated: true }),
  authorityShortName: text({ vi: 'Tên viết tắt', en: 'Short name' }, { translated: true }),
  parentBody: text({ vi: 'Cơ quan chủ quản', en: 'Parent body' }, { translated: true }),
  address: text({ vi: 'Địa chỉ trụ sở', en: 'Address' }, { translated: true }),
  oneStopAddress: text({ vi: 'Địa chỉ Bộ phận một cửa', en: 'Address of the one-stop desk' }, { translated: true }),
  hotline: text({ vi: 'Đường dây nóng', en: 'Hotline' }),
  phone: text({ vi: 'Điện thoại', en: 'Telephone' }),
  email: text({ vi: 'Thư điện tử', en: 'E-mail' }),
  website: url({ vi: 'Cổng thông tin điện tử', en: 'Website' }),
  hours: text({ vi: 'Giờ làm việc của Bộ phận một cửa', en: 'Opening hours of the one-stop desk' }, {
    translated: true,
    multiline: true,
  }),
  onlineServicesUrl: url({ vi: 'Cổng dịch vụ công', en: 'Online public services' }),
  contactIsSample: boolean({ vi: 'Thông tin liên hệ là giá trị mẫu', en: 'Contact details are sample values' }, true, {
    hint: 'Bỏ chọn khi địa chỉ, điện thoại và giờ làm việc đã được xác minh; trang sẽ thôi ghi “giá trị mẫu”.',
  }),
  note: optional(text({ vi: 'Ghi chú', en: 'Note' }, { translated: true, multiline: true })),
};

export const settingsSchema = entrySchema(settingsFields);
export type SiteSettings = z.output<typeof settingsSchema>;

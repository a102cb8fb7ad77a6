/**
 * A news item: content/news/{vi,en}/<slug>.mdx. Dates, tags, the image and the sample flag are the
 * same in both language files; title, summary, alt text and body are translated. An item with an
 * image must describe it (alt text): a schema rule, so a picture never reaches a reader unexplained.
 */
import { z } from 'astro/zod';
import { boolean, date, entrySchema, multiSelect, optional, text, type Bilingual } from './fields.ts';
import { imageField } from './media.ts';

export const newsTags = ['mot-cua', 'dich-vu-cong', 'chuyen-doi-so', 'kiem-tra', 'dau-tu', 'tuyen-truyen', 'phan-anh-kien-nghi', 'bao-cao'] as const;
export type NewsTag = (typeof newsTags)[number];

export const newsTagLabels: Record<NewsTag, Bilingual> = {
  'mot-cua': { vi: 'Một cửa', en: 'One-stop shop' },
  'dich-vu-cong': { vi: 'Dịch vụ công trực tuyến', en: 'Online public services' },
  'chuyen-doi-so': { vi: 'Chuyển đổi số', en: 'Digital transformation' },
  'kiem-tra': { vi: 'Kiểm tra', en: 'Inspections' },
  'dau-tu': { vi: 'Thu hút đầu tư', en: 'Investment' },
  'tuyen-truyen': { vi: 'Tuyên truyền', en: 'Public communication' },
  'phan-anh-kien-nghi': { vi: 'Phản ánh, kiến nghị', en: 'Feedback and petitions' },
  'bao-cao': { vi: 'Báo cáo', en: 'Reporting' },
};

export const newsFields = {
  title: text({ vi: 'Tiêu đề', en: 'Headline' }, { translated: true, max: 200 }),
  summary: text({ vi: 'Tóm tắt', en: 'Summary' }, { translated: true, multiline: true, max: 400, hint: 'Một đến hai câu; hiện ở danh sách tin và trong RSS.' }),
  published: date({ vi: 'Ngày đăng', en: 'Published' }),
  updated: optional(date({ vi: 'Ngày cập nhật', en: 'Updated' }, { hint: 'Chỉ ghi khi nội dung tin được sửa sau ngày đăng.' })),
  tags: multiSelect({ vi: 'Chủ đề', en: 'Tags' }, newsTags, newsTagLabels),
  image: optional(imageField({ vi: 'Ảnh minh họa', en: 'Image' }, 'Ảnh PNG, JPG hoặc WebP, rộng ít nhất 1200 px.')),
  imageAlt: optional(
    text({ vi: 'Mô tả ảnh (văn bản thay thế)', en: 'Image description (alt text)' }, {
      translated: true,
      max: 300,
      hint: 'Bắt buộc khi có ảnh: mô tả điều ảnh cho thấy, cho người không xem được ảnh.',
    }),
  ),
  sample: boolean({ vi: 'Nội dung mẫu', en: 'Sample content' }, true, {
    hint: 'Để chọn khi tin không phải là thông báo thật; trang sẽ ghi “Nội dung mẫu”.',
  }),
};

type NewsShape = { image?: unknown; imageAlt?: unknown; published: string; updated?: string };

/** Rules across fields of one item: alt text with every image, an update not before publication. */
export function newsChecks<T extends NewsShape>(d: T, ctx: z.RefinementCtx) {
  if (d.image !== undefined && d.imageAlt === undefined) {
    ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: 'an image needs alt text describing it (Mô tả ảnh)' });
  }
  if (d.imageAlt !== undefined && d.image === undefined) {
    ctx.addIssue({ code: 'custom', path: ['image'], message: 'alt text is given but there is no image' });
  }
  if (d.updated !== undefined && d.updated < d.published) {
    ctx.addIssue({ code: 'custom', path: ['updated'], message: `the update ${d.updated} is before publication ${d.published}` });
  }
}

export const newsSchema = entrySchema(newsFields).superRefine(newsChecks);

/** Inside Astro the image path becomes an image astro:assets processes (with sharp). */
export function newsAstroSchema({ image }: { image: () => z.ZodType }) {
  return entrySchema({ ...newsFields, image: { ...newsFields.image, zod: image().optional() } }).superRefine(newsChecks);
}

export type NewsData = Omit<z.output<typeof newsSchema>, 'image'> & { image?: import('astro').ImageMetadata };

/**
 * A legal document of the library: content/legal/{vi,en}/<slug>.mdx.
 * Shared facts (number, dates, status, relations) are the same in both language files; titles,
 * summaries and notes are translated. An unknown fact is left out, never guessed: the page then
 * shows it as awaiting verification.
 */
import { z } from 'astro/zod';
import {
  boolean,
  changeNotes,
  date,
  entrySchema,
  file,
  list,
  multiSelect,
  nonBlank,
  optional,
  relation,
  select,
  text,
  url,
  withdrawal,
  type FieldDef,
} from './fields.ts';
import {
  docTypeLabels,
  docTypes,
  issuerLabels,
  issuers,
  relationOptionLabels,
  relationTypes,
  statusLabels,
  statuses,
  subjectLabels,
  subjects,
} from './legal.vocab.ts';

/**
 * A document number exactly as issued: 61/2018/NĐ-CP, 76/NQ-CP, 23/CT-TTg, 35/2023/UBTVQH15.
 * Written with the letter Đ (not D) where the issuer writes it.
 */
export const DOCUMENT_NUMBER = /^\d{1,5}\/(?:\d{4}\/)?[A-ZĐ][A-Za-zĐđ0-9]*(?:-[A-ZĐ][A-Za-zĐđ0-9]*)*$/u;

/**
 * Kinds of document whose abbreviation is written with Đ: NĐ (nghị định), QĐ (quyết định), HĐND (hội
 * đồng nhân dân). A plain D there (ND-CP, QD-TTg, QD-UBND) is a typing mistake. (HD, hướng dẫn, and
 * UBND, ủy ban nhân dân, are written with D.)
 */
const WITH_D_STROKE: Record<string, string> = { ND: 'NĐ', QD: 'QĐ', HDND: 'HĐND' };

/** The first part of a document number written with D where the issuer writes Đ, with its right form. */
export function plainDInNumber(number: string): { wrong: string; right: string } | undefined {
  for (const part of number.split(/[/-]/)) {
    const right = WITH_D_STROKE[part];
    if (right) return { wrong: part, right };
  }
  return undefined;
}

export function documentNumberField() {
  const zod = nonBlank(60).pipe(
    z
      .string()
      .regex(DOCUMENT_NUMBER, {
        error: (issue) =>
          `${JSON.stringify(issue.input)} is not a document number as issued (such as 61/2018/NĐ-CP or 76/NQ-CP)`,
      })
      .refine((s) => !plainDInNumber(s), {
        error: (issue) => {
          const found = plainDInNumber(String(issue.input))!;
          return `${String(issue.input)}: write ${found.right} with the letter Đ, not ${found.wrong}`;
        },
      }),
  );
  const field: FieldDef<typeof zod> = {
    zod,
    label: { vi: 'Số ký hiệu', en: 'Number' },
    optional: false,
    cms: { widget: 'string', i18n: 'duplicate', hint: 'Ghi đúng như văn bản gốc, ví dụ 61/2018/NĐ-CP (chữ Đ có gạch).' },
  };
  return field;
}

export const legalFields = {
  title: text({ vi: 'Trích yếu (tên văn bản)', en: 'Title' }, {
    translated: true,
    hint: 'Trích yếu nội dung như trên văn bản, không ghi số ký hiệu.',
  }),
  number: documentNumberField(),
  docType: select({ vi: 'Loại văn bản', en: 'Document type' }, docTypes, docTypeLabels),
  issuer: select({ vi: 'Cơ quan ban hành', en: 'Issuing body' }, issuers, issuerLabels),
  signer: optional(text({ vi: 'Người ký', en: 'Signed by' }, { hint: 'Họ và tên đầy đủ. Để trống nếu chưa xác minh.' })),
  signerPosition: optional(
    text({ vi: 'Chức vụ người ký', en: 'Position of the signer' }, { translated: true, hint: 'Ví dụ: Phó Thủ tướng.' }),
  ),
  issued: date({ vi: 'Ngày ban hành', en: 'Date of issue' }),
  effective: optional(
    date({ vi: 'Ngày có hiệu lực', en: 'Effective from' }, { hint: 'Để trống nếu chưa xác minh được ngày có hiệu lực.' }),
  ),
  effectiveNote: optional(
    text({ vi: 'Ghi chú về hiệu lực', en: 'Note on entry into force' }, {
      translated: true,
      hint: 'Ví dụ: “Có hiệu lực kể từ ngày ký”.',
    }),
  ),
  expiry: optional(date({ vi: 'Ngày hết hiệu lực', en: 'End of effect' })),
  status: select({ vi: 'Tình trạng hiệu lực', en: 'Validity status' }, statuses, statusLabels, {
    hint: 'Chọn “Đang chờ xác minh” khi chưa đối chiếu được với nguồn chính thức.',
  }),
  statusCheckedOn: date({ vi: 'Ngày kiểm tra tình trạng', en: 'Status last checked' }, {
    hint: 'Ngày gần nhất đối chiếu tình trạng hiệu lực với nguồn chính thức.',
  }),
  statusNote: optional(
    text({ vi: 'Ghi chú về tình trạng', en: 'Note on the status' }, { translated: true, multiline: true }),
  ),
  subjects: multiSelect({ vi: 'Lĩnh vực', en: 'Subject areas' }, subjects, subjectLabels),
  summary: text({ vi: 'Tóm tắt', en: 'Summary' }, { translated: true, multiline: true, max: 2000 }),
  attachments: optional(
    list(
      { vi: 'Tệp đính kèm', en: 'Attachments' },
      {
        title: text({ vi: 'Tên tệp', en: 'Title' }),
        file: file({ vi: 'Tệp (PDF bản gốc)', en: 'File (PDF of the original)' }, { folder: '/files/legal' }),
      },
      { translated: true, summary: '{{fields.title}}' },
    ),
  ),
  relations: optional(
    list(
      { vi: 'Quan hệ với văn bản khác', en: 'Relations to other documents' },
      {
        type: select({ vi: 'Loại quan hệ', en: 'Relation' }, relationTypes, relationOptionLabels),
        target: relation({ vi: 'Văn bản liên quan', en: 'Related document' }, 'legal', { display: ['number', 'title'] }),
        note: optional(text({ vi: 'Ghi chú', en: 'Note' })),
      },
      {
        translated: true,
        hint: 'Chỉ ghi ở văn bản tác động (văn bản hướng dẫn, sửa đổi, thay thế…); trang của văn bản kia tự hiển thị chiều ngược lại.',
        summary: '{{fields.type}} {{fields.target}}',
      },
    ),
  ),
  sources: list(
    { vi: 'Nguồn thông tin', en: 'Sources' },
    {
      title: text({ vi: 'Tên nguồn', en: 'Source' }),
      url: optional(url({ vi: 'Địa chỉ', en: 'Address' })),
      reference: optional(
        text({ vi: 'Số Công báo, trang', en: 'Official Gazette reference' }, {
          hint: 'Ví dụ: Công báo số 551+552 ngày 08/05/2018. Một nguồn cần địa chỉ hoặc số Công báo để người đọc tra lại được.',
        }),
      ),
    },
    {
      translated: true,
      min: 1,
      summary: '{{fields.title}}',
      hint: 'Tên nguồn kèm địa chỉ trang (URL) hoặc số Công báo. “Thông tin do Ban biên tập tổng hợp” không phải là nguồn.',
    },
  ),
  verified: boolean({ vi: 'Đã xác minh', en: 'Verified' }, false, {
    hint: 'Chỉ đánh dấu khi số ký hiệu, loại, cơ quan ban hành, ngày ban hành và tình trạng đã được đối chiếu.',
  }),
  ...withdrawal(),
  changes: changeNotes(),
};

export const legalSchema = entrySchema(legalFields);
export type LegalData = z.output<typeof legalSchema>;

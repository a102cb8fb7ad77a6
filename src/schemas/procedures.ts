/**
 * An administrative procedure guide: content/procedures/{vi,en}/<slug>.mdx, laid out the way the
 * National Public Service Portal (dichvucong.gov.vn) lays out a procedure record. Facts shared by both
 * languages (code, field, level, online level, time limits, fees, legal basis) are equal in both files;
 * text is translated. An unknown fact (a fee, a code, a time limit) is left out, never guessed: the page
 * then shows it as awaiting verification.
 */
import type { z } from 'astro/zod';
import {
  boolean,
  changeNotes,
  withdrawal,
  date,
  entrySchema,
  list,
  multiSelect,
  number,
  optional,
  relation,
  select,
  stringList,
  text,
  url,
} from './fields.ts';
import {
  channelKindLabels,
  channelKinds,
  governmentLevelLabels,
  governmentLevels,
  onlineLevelLabels,
  onlineLevels,
  procedureFieldLabels,
  procedureFields as procedureFieldValues,
  sampleSectionLabels,
  sampleSections,
  timeUnitLabels,
  timeUnits,
  yesNo,
  yesNoLabels,
} from './procedures.vocab.ts';

export const procedureFields = {
  title: text({ vi: 'Tên thủ tục', en: 'Name of the procedure' }, { translated: true }),
  code: optional(
    text({ vi: 'Mã thủ tục', en: 'Procedure code' }, {
      hint: 'Mã trên Cổng Dịch vụ công quốc gia. Để trống nếu chưa xác minh; trang sẽ ghi “Đang chờ xác minh”.',
      max: 40,
    }),
  ),
  summary: text({ vi: 'Mô tả ngắn', en: 'Summary' }, { translated: true, multiline: true, max: 1000 }),
  field: select({ vi: 'Lĩnh vực', en: 'Field' }, procedureFieldValues, procedureFieldLabels),
  level: select({ vi: 'Cấp thực hiện', en: 'Level of government' }, governmentLevels, governmentLevelLabels),
  onlineLevel: optional(
    select({ vi: 'Mức độ dịch vụ công trực tuyến', en: 'Online level' }, onlineLevels, onlineLevelLabels, {
      hint: 'Theo Nghị định 42/2022/NĐ-CP. Để trống nếu chưa xác minh.',
    }),
  ),
  onlineServiceUrl: optional(url({ vi: 'Địa chỉ dịch vụ công trực tuyến', en: 'Online service address' })),
  steps: list(
    { vi: 'Trình tự thực hiện', en: 'Steps' },
    { text: text({ vi: 'Bước', en: 'Step' }, { multiline: true, max: 1000 }) },
    { translated: true, min: 1, summary: '{{fields.text}}' },
  ),
  channels: list(
    { vi: 'Cách thức thực hiện', en: 'Ways to submit' },
    {
      kind: select({ vi: 'Cách thức', en: 'Way' }, channelKinds, channelKindLabels),
      timeLimit: optional(
        number({ vi: 'Thời hạn giải quyết (số)', en: 'Time limit (number)' }, {
          integer: true,
          min: 1,
          hint: 'Chỉ ghi số, ví dụ 15. Để trống nếu chưa xác minh.',
        }),
      ),
      timeUnit: optional(select({ vi: 'Đơn vị thời hạn', en: 'Unit of the time limit' }, timeUnits, timeUnitLabels)),
      timeNote: optional(text({ vi: 'Ghi chú về thời hạn', en: 'Note on the time limit' })),
      fee: optional(
        number({ vi: 'Phí, lệ phí (đồng)', en: 'Fee (VND)' }, {
          integer: true,
          min: 0,
          hint: 'Để trống nếu chưa xác minh. Chỉ ghi 0 khi văn bản nói rõ là không thu phí.',
        }),
      ),
      feeNote: optional(text({ vi: 'Ghi chú về phí, lệ phí', en: 'Note on the fee' })),
      description: optional(text({ vi: 'Mô tả', en: 'Description' }, { multiline: true })),
    },
    { translated: true, min: 1, summary: '{{fields.kind}}' },
  ),
  resultByPost: optional(
    select({ vi: 'Trả kết quả qua dịch vụ bưu chính', en: 'Results returned by post' }, yesNo, yesNoLabels, {
      hint: 'Để trống nếu chưa xác minh; trang sẽ ghi “Đang chờ xác minh”.',
    }),
  ),
  dossier: list(
    { vi: 'Thành phần hồ sơ', en: 'Dossier' },
    {
      document: text({ vi: 'Tên giấy tờ', en: 'Document' }, { max: 1000 }),
      form: optional(text({ vi: 'Mẫu đơn, tờ khai', en: 'Form' }, { hint: 'Số hiệu mẫu như trong văn bản. Để trống nếu chưa xác minh.' })),
      copies: optional(number({ vi: 'Số lượng bản', en: 'Number of copies' }, { integer: true, min: 1 })),
      note: optional(text({ vi: 'Ghi chú', en: 'Note' })),
    },
    { translated: true, min: 1, summary: '{{fields.document}}' },
  ),
  applicants: stringList({ vi: 'Đối tượng thực hiện', en: 'Who may apply' }, { translated: true, min: 1 }),
  agencyAwaiting: optional(
    text({ vi: 'Cơ quan thực hiện đang chờ xác minh', en: 'Handling agency awaiting verification' }, {
      translated: true,
      multiline: true,
      hint: 'Chỉ ghi khi chưa xác nhận được Ban Quản lý là cơ quan thực hiện: nêu cơ quan có thẩm quyền theo văn bản và điều còn chờ xác minh. Trang sẽ ghi cơ quan thực hiện và nơi nộp hồ sơ là “Đang chờ xác minh”.',
    }),
  ),
  result: text({ vi: 'Kết quả thực hiện', en: 'Result' }, { translated: true, multiline: true }),
  conditions: optional(stringList({ vi: 'Yêu cầu, điều kiện', en: 'Conditions' }, { translated: true })),
  legalBasis: optional(
    list(
      { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
      {
        document: relation({ vi: 'Văn bản', en: 'Document' }, 'legal', { display: ['number', 'title'] }),
        provision: optional(text({ vi: 'Điều, khoản; ghi chú', en: 'Article; note' })),
      },
      { translated: true, summary: '{{fields.document}}' },
    ),
  ),
  basisAwaiting: optional(
    stringList({ vi: 'Căn cứ chưa có trong thư viện', en: 'Basis not yet in the library' }, {
      translated: true,
      hint: 'Văn bản được nêu là căn cứ nhưng chưa có số ký hiệu đã xác minh; trang ghi “Đang chờ xác minh”.',
    }),
  ),
  sampleSections: optional(
    multiSelect({ vi: 'Phần là nội dung mẫu', en: 'Sections that are sample content' }, sampleSections, sampleSectionLabels, {
      hint: 'Các phần viết minh họa, chưa lấy từ nguồn chính thức; trang gắn nhãn “Nội dung mẫu”.',
    }),
  ),
  sources: list(
    { vi: 'Nguồn thông tin', en: 'Sources' },
    {
      title: text({ vi: 'Tên nguồn', en: 'Source' }),
      url: optional(url({ vi: 'Địa chỉ', en: 'Address' })),
      reference: optional(text({ vi: 'Số Công báo, trang', en: 'Official Gazette reference' })),
    },
    {
      translated: true,
      min: 1,
      summary: '{{fields.title}}',
      hint: 'Tên nguồn kèm địa chỉ trang (URL) hoặc số Công báo. “Thông tin do Ban biên tập tổng hợp” không phải là nguồn.',
    },
  ),
  checkedOn: date({ vi: 'Ngày kiểm tra', en: 'Last checked' }, { hint: 'Ngày gần nhất đối chiếu thủ tục với quy định hiện hành.' }),
  verified: boolean({ vi: 'Đã xác minh', en: 'Verified' }, false, {
    hint: 'Chỉ đánh dấu khi trình tự, hồ sơ, thời hạn và phí đã được đối chiếu với quyết định công bố thủ tục.',
  }),
  ...withdrawal(),
  changes: changeNotes(),
};

export const procedureSchema = entrySchema(procedureFields);
export type ProcedureData = z.output<typeof procedureSchema>;
export type Channel = ProcedureData['channels'][number];

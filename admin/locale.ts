/**
 * Decap's Vietnamese interface, completed: the strings its "vi" locale lacks (which would otherwise
 * show in English next to Vietnamese labels) — the side-by-side language panes, list and media
 * buttons, the markdown toolbar.
 */
import { vi } from 'decap-cms-locales';

type Phrases = { [key: string]: string | Phrases };

const missing: Phrases = {
  editor: {
    editorControlPane: {
      i18n: {
        writingInLocale: 'Đang viết: %{locale}',
        copyFromLocale: 'Chép từ ngôn ngữ khác',
        copyFromLocaleConfirm: 'Chép nội dung từ bản %{locale}?\nNội dung đang có ở đây sẽ bị thay thế.',
      },
    },
    editorInterface: {
      toggleI18n: 'Hiện hoặc ẩn bản thứ hai',
      togglePreview: 'Hiện hoặc ẩn bản xem trước',
      toggleScrollSync: 'Cuộn hai bên cùng nhau',
    },
    editorWidgets: {
      markdown: {
        bold: 'Đậm',
        italic: 'Nghiêng',
        link: 'Liên kết',
        linkPrompt: 'Nhập địa chỉ của liên kết',
        headings: 'Tiêu đề',
        quote: 'Trích dẫn',
        bulletedList: 'Danh sách dấu chấm',
        numberedList: 'Danh sách đánh số',
        addComponent: 'Thêm thành phần',
        toggleMode: { rich: 'Chuyển sang chế độ văn bản định dạng', markdown: 'Chuyển sang chế độ Markdown' },
      },
      image: { chooseUrl: 'Chèn từ địa chỉ web', replaceUrl: 'Thay bằng địa chỉ web', promptUrl: 'Nhập địa chỉ của hình' },
      file: { chooseUrl: 'Chèn từ địa chỉ web', replaceUrl: 'Thay bằng địa chỉ web', promptUrl: 'Nhập địa chỉ của tập tin' },
      datetime: { setToNow: 'Đặt %{fieldLabel} là hôm nay' },
      list: { add: 'Thêm %{item}', addType: 'Thêm %{item}' },
      object: { expand: 'Mở rộng', collapse: 'Thu gọn' },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: { copy: 'Sao chép', copyUrl: 'Sao chép địa chỉ', copyPath: 'Sao chép đường dẫn', copyName: 'Sao chép tên', copied: 'Đã sao chép' },
    mediaLibraryModal: { close: 'Đóng' },
  },
};

function merge(base: Phrases, extra: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? merge(current, value) : (current ?? value);
  }
  return out;
}

export const viComplete = merge(vi as unknown as Phrases, missing);

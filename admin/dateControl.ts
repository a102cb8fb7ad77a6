/**
 * Dates as a Vietnamese editor writes them: dd/mm/yyyy, whatever language the browser speaks (the
 * browser's own date input follows the browser's language, so an English Windows shows mm/dd/yyyy),
 * and no "UTC" label: a date of issue is a calendar day, not a moment. Stored as YYYY-MM-DD. A calendar
 * button opens the browser's date picker. Text that is not a date yet is kept as typed, so the gate
 * (admin/gate.ts) says what is wrong instead of the CMS silently keeping the old value.
 */
import { Component, createElement as h } from 'react';

const DMY = /^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy (or YYYY-MM-DD, as pasted from a file) as YYYY-MM-DD; undefined when it is no date. */
export function parseDayMonthYear(text: string): string | undefined {
  const iso = ISO.exec(text.trim());
  const m = iso ? [iso[0], iso[3], iso[2], iso[1]] : DMY.exec(text);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

export const toDayMonthYear = (value: string) => {
  const m = ISO.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
};

interface Props {
  forID: string;
  value?: unknown;
  onChange: (value: string) => void;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
  isDisabled?: boolean;
  field: { get(key: string): unknown };
}

export class DayMonthYearControl extends Component<Props, { text: string }> {
  picker: HTMLInputElement | null = null;

  constructor(props: Props) {
    super(props);
    this.state = { text: typeof props.value === 'string' ? toDayMonthYear(props.value) : '' };
  }

  componentDidUpdate(prev: Props) {
    // A value set from elsewhere (copied from the other language, a calendar pick) replaces the text.
    if (prev.value !== this.props.value) {
      const value = typeof this.props.value === 'string' ? this.props.value : '';
      const shown = parseDayMonthYear(this.state.text) ?? this.state.text;
      if (value !== shown) this.setState({ text: toDayMonthYear(value) });
    }
  }

  onText = (text: string) => {
    this.setState({ text });
    const iso = parseDayMonthYear(text);
    this.props.onChange(text.trim() === '' ? '' : (iso ?? text.trim()));
  };

  render() {
    const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, isDisabled, value } = this.props;
    const iso = typeof value === 'string' && ISO.test(value) ? value : '';
    return h(
      'div',
      { className: classNameWrapper, style: { display: 'flex', gap: '12px', alignItems: 'center' } },
      h('input', {
        id: forID,
        type: 'text',
        inputMode: 'numeric',
        placeholder: 'ngày/tháng/năm, ví dụ 01/07/2025',
        autoComplete: 'off',
        value: this.state.text,
        disabled: isDisabled,
        onChange: (e: { target: { value: string } }) => this.onText(e.target.value),
        onFocus: setActiveStyle,
        onBlur: () => {
          // A date typed as 2025-07-01 reads 01/07/2025 once the editor leaves the box.
          const iso = parseDayMonthYear(this.state.text);
          if (iso) this.setState({ text: toDayMonthYear(iso) });
          setInactiveStyle();
        },
        style: { flex: '1 1 auto', minWidth: 0, border: 0, outline: 'none', font: 'inherit', background: 'transparent' },
      }),
      h('input', {
        type: 'date',
        tabIndex: -1,
        'aria-hidden': true,
        value: iso,
        ref: (el: HTMLInputElement | null) => {
          this.picker = el;
        },
        onChange: (e: { target: { value: string } }) => this.onText(toDayMonthYear(e.target.value)),
        style: { position: 'absolute', opacity: 0, width: 0, height: 0, pointerEvents: 'none' },
      }),
      isDisabled
        ? null
        : h(
            'button',
            {
              type: 'button',
              title: 'Chọn trên lịch',
              'aria-label': 'Chọn trên lịch',
              onClick: () => this.picker?.showPicker?.(),
              style: { border: '1px solid #ccc', borderRadius: '4px', background: '#fff', padding: '2px 8px', cursor: 'pointer' },
            },
            h(
              'svg',
              { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': true, style: { display: 'block' } },
              h('rect', { x: 1.5, y: 3, width: 13, height: 11.5, rx: 1.5, fill: 'none', stroke: 'currentColor', strokeWidth: 1.3 }),
              h('path', { d: 'M1.5 6.5h13M5 1.5v3M11 1.5v3', stroke: 'currentColor', strokeWidth: 1.3 }),
            ),
          ),
    );
  }
}

/** The widget's preview: the date as dd/mm/yyyy. */
export function DayMonthYearPreview({ value }: { value?: unknown }) {
  return h('span', null, typeof value === 'string' ? toDayMonthYear(value) : '');
}

/**
 * The preview beside the editor, drawn with the site's own stylesheet (registered in cms.ts): the
 * title as the page heading, the facts as the site's metadata table, then the body. One template
 * serves every collection, reading the collection's own field list, so new collections get a preview
 * by themselves.
 */
import { createElement as h, type ReactNode } from 'react';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { formatDate } from '../src/lib/formatDate.ts';
import { isLang, type Lang } from '../src/i18n/locales.ts';

interface FieldLike {
  get(key: string): unknown;
}

function optionLabel(field: FieldLike, value: unknown): string {
  const options = field.get('options') as { toJS(): { label: string; value: string }[] } | undefined;
  const found = options?.toJS().find((o) => o.value === value);
  return found ? found.label : String(value);
}

function show(field: FieldLike, value: unknown, lang: Lang): ReactNode {
  if (value === undefined || value === null || value === '') return h('span', { className: 'awaiting' }, 'Đang chờ xác minh');
  const plain = (value as { toJS?: () => unknown }).toJS ? (value as { toJS: () => unknown }).toJS() : value;
  const widget = field.get('widget');
  if (Array.isArray(plain)) {
    if (plain.length === 0) return '—';
    return h(
      'ul',
      null,
      plain.map((item, i) =>
        h('li', { key: i }, typeof item === 'object' && item !== null ? Object.values(item).filter(Boolean).join(' · ') : widget === 'select' ? optionLabel(field, item) : String(item)),
      ),
    );
  }
  if (widget === 'select') return optionLabel(field, plain);
  if (widget === 'boolean') return plain ? 'Có' : 'Không';
  if (widget === 'datetime' && typeof plain === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(plain)) return formatDate(plain, lang);
  return String(plain);
}

export function Preview({ entry, fields, widgetFor }: PreviewTemplateComponentProps & { fields?: { toArray(): FieldLike[] } }) {
  // Decap passes the pane's locale in the entry's i18n data; the Vietnamese pane is the default.
  const locale = (entry.getIn?.(['meta', 'locale']) as unknown) ?? 'vi';
  const lang: Lang = isLang(locale) ? locale : 'vi';
  const data = entry.get('data') as { get(key: string): unknown };
  const list = fields?.toArray() ?? [];
  const rows = list
    .filter((f) => !['title', 'body'].includes(String(f.get('name'))))
    .map((f) =>
      h('tr', { key: String(f.get('name')) }, h('th', { scope: 'row' }, String(f.get('label'))), h('td', null, show(f, data.get(String(f.get('name'))), lang))),
    );
  const title = data.get('title') ?? data.get('authorityName');
  return h(
    'main',
    { className: 'wrap', id: 'main' },
    title ? h('h1', null, String(title)) : null,
    h('table', { className: 'meta-table' }, h('tbody', null, rows)),
    list.some((f) => f.get('name') === 'body') ? h('div', { className: 'prose' }, widgetFor('body')) : null,
  );
}

/**
 * The preview beside the editor: the page as the site draws it, with the site's own stylesheet
 * (registered in cms.ts), labels in the pane's language and the page's structure and classes. Legal
 * documents and procedure guides follow their page templates (src/views/LegalDocument.astro,
 * ProcedurePage.astro): kicker, status badge and banners, metadata table, relations in both
 * directions (the other direction read from the other entries, as the page does), ways to submit in
 * words. Other collections get the metadata table of their fields, in the pane's language.
 */
import { createElement as h, type ReactNode } from 'react';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { formatDate, todayInVietnam } from '../src/lib/formatDate.ts';
import type { Lang } from '../src/i18n/locales.ts';
import { t } from '../src/i18n/ui.ts';
import { validity } from '../src/collections/legal/status.ts';
import { documentName, fieldLabel } from '../src/collections/legal/labels.ts';
import { formatFee, formatTimeLimit } from '../src/collections/procedures/facts.ts';
import { collectionDefs, type CollectionDef } from '../src/schemas/index.ts';
import { docTypeLabels, issuerLabels, relationLabels, statusLabels, subjectLabels, type RelationType } from '../src/schemas/legal.vocab.ts';
import {
  channelKindLabels,
  governmentLevelLabels,
  onlineLevelLabels,
  procedureFieldLabels,
  yesNoLabels,
} from '../src/schemas/procedures.vocab.ts';
import type { LegalData } from '../src/schemas/legal.ts';
import type { ProcedureData } from '../src/schemas/procedures.ts';
import { currentVietnamese, entriesOf } from './gate.ts';

type Data = Record<string, unknown>;
type Imm = { get(key: string): unknown; getIn(path: unknown[]): unknown; toJS?: () => unknown };

const plain = (v: unknown): Data => ((v as { toJS?: () => unknown })?.toJS?.() ?? v ?? {}) as Data;

/** Decap hands the English pane's entry with `data` set to the English data; that is how the pane is told apart. */
function paneLang(entry: Imm): Lang {
  const en = entry.getIn(['i18n', 'en', 'data']);
  return en !== undefined && en === entry.get('data') ? 'en' : 'vi';
}

const date = (value: unknown, lang: Lang): ReactNode =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? h('time', { dateTime: value }, formatDate(value, lang)) : String(value ?? '');

function badge(d: { status?: string; statusCheckedOn?: string; effective?: string }, lang: Lang, withDate = true): ReactNode {
  if (!d.status || !(d.status in statusLabels)) return null;
  const s = validity(d as Parameters<typeof validity>[0], todayInVietnam());
  return h(
    'span',
    { className: 'status' },
    h('strong', { className: `badge badge--${s.badge}` }, statusLabels[s.status][lang]),
    withDate && s.checkedOn ? h('span', { className: 'status__checked' }, ` (${t(lang, 'legal.statusChecked', { date: formatDate(s.checkedOn, lang) })})`) : null,
  );
}

const awaiting = (lang: Lang) => h('span', { className: 'awaiting' }, t(lang, 'legal.awaiting'));

function row(label: string, value: ReactNode, field?: string): ReactNode {
  return h('tr', { key: label }, h('th', { scope: 'row' }, label), h('td', field ? { 'data-field': field } : null, value));
}

/** Another legal document as the page names it: "Nghị định 61/2018/NĐ-CP – title". */
function legalByName(slug: string, lang: Lang): { name: string; title: string; data?: Data } {
  const other = entriesOf('legal').find((e) => e.slug === slug);
  const data = (lang === 'en' ? (other?.en ?? other?.vi) : other?.vi) as Data | undefined;
  if (!data) return { name: slug, title: '' };
  return { name: documentName(data as Pick<LegalData, 'docType' | 'number'>, lang), title: String(data.title ?? ''), data };
}

function LegalPreview({ data, vi, slug, lang, body }: { data: Data; vi: Data; slug: string; lang: Lang; body: ReactNode }) {
  const d = data as Partial<LegalData>;
  const facts = vi as Partial<LegalData>;
  const noExpiryExpected = d.status === 'con-hieu-luc' || d.status === 'chua-co-hieu-luc';
  // Relations: the ones stored on this document (types and targets from the Vietnamese side, notes
  // in this language), and those other documents store about it.
  const active = (facts.relations ?? []).map((r, i) => ({ direction: 'active' as const, type: r.type, other: r.target, note: d.relations?.[i]?.note }));
  const passive = entriesOf('legal')
    .filter((e) => e.slug !== slug)
    .flatMap((e) =>
      ((e.vi?.relations as { type: RelationType; target: string }[] | undefined) ?? [])
        .map((r, i) => ({ r, i }))
        .filter(({ r }) => r.target === slug)
        .map(({ r, i }) => ({
          direction: 'passive' as const,
          type: r.type,
          other: e.slug,
          note: ((lang === 'en' ? e.en : e.vi)?.relations as { note?: string }[] | undefined)?.[i]?.note,
        })),
    );
  const relations = [...active, ...passive].filter((r) => r.type && r.other && r.type in relationLabels);
  return h(
    'article',
    { className: 'legal-doc' },
    d.docType && d.number ? h('p', { className: 'legal-doc__kicker' }, documentName(d as LegalData, lang)) : null,
    h('h1', null, d.title ?? ''),
    d.withdrawnOn ? h('p', { className: 'notice notice--warn', 'data-withdrawn': '' }, h('strong', null, t(lang, 'legal.withdrawnBanner', { date: formatDate(d.withdrawnOn, lang) })), ' ', d.withdrawnReason ?? '') : null,
    h('p', null, badge(d, lang)),
    lang === 'en' ? h('p', { className: 'notice', 'data-unofficial-translation': '' }, t(lang, 'legal.unofficialTranslation')) : null,
    !d.verified ? h('p', { className: 'notice notice--warn', 'data-unverified': '' }, t(lang, 'legal.unverifiedBanner')) : null,
    d.statusNote ? h('p', { className: 'notice' }, d.statusNote) : null,
    h('h2', null, t(lang, 'legal.metadata')),
    h(
      'table',
      { className: 'meta-table' },
      h(
        'tbody',
        null,
        row(fieldLabel('number', lang), d.number ?? awaiting(lang), 'number'),
        row(fieldLabel('docType', lang), d.docType && docTypeLabels[d.docType] ? docTypeLabels[d.docType][lang] : awaiting(lang), 'docType'),
        row(fieldLabel('issuer', lang), d.issuer && issuerLabels[d.issuer] ? issuerLabels[d.issuer][lang] : awaiting(lang), 'issuer'),
        row(fieldLabel('signer', lang), d.signer ? `${d.signer}${d.signerPosition ? `, ${d.signerPosition}` : ''}` : awaiting(lang), 'signer'),
        row(fieldLabel('issued', lang), d.issued ? date(d.issued, lang) : awaiting(lang), 'issued'),
        row(
          fieldLabel('effective', lang),
          h('span', null, d.effective ? date(d.effective, lang) : awaiting(lang), d.effectiveNote ? h('div', null, d.effectiveNote) : null),
          'effective',
        ),
        row(fieldLabel('expiry', lang), d.expiry ? date(d.expiry, lang) : noExpiryExpected ? t(lang, 'legal.notApplicable') : awaiting(lang), 'expiry'),
        row(fieldLabel('status', lang), badge(d, lang) ?? awaiting(lang), 'status'),
        row(fieldLabel('subjects', lang), (d.subjects ?? []).filter((s) => s in subjectLabels).map((s) => subjectLabels[s][lang]).join('; ')),
        row(t(lang, 'legal.field.verified'), d.verified ? t(lang, 'legal.verifiedYes') : h('span', { className: 'awaiting' }, t(lang, 'legal.verifiedNo')), 'verified'),
      ),
    ),
    h('h2', null, t(lang, 'legal.summary')),
    h('p', null, d.summary ?? ''),
    h('h2', null, t(lang, 'legal.relations')),
    relations.length === 0
      ? h('p', null, t(lang, 'legal.noRelations'))
      : h(
          'ul',
          { className: 'relations' },
          relations.map((r, i) => {
            const target = legalByName(r.other, lang);
            return h(
              'li',
              { key: i, 'data-relation': `${r.direction}:${r.type}` },
              h('span', { className: 'relation-type' }, `${relationLabels[r.type][r.direction][lang]}:`),
              ' ',
              h('a', { href: '#' }, target.name),
              target.title ? ` – ${target.title}` : null,
              r.note ? h('em', null, ` (${r.note})`) : null,
            );
          }),
        ),
    h('h2', null, t(lang, 'legal.attachments')),
    d.attachments?.length
      ? h('ul', null, d.attachments.map((a, i) => h('li', { key: i }, h('a', { href: a.file }, a.title), ' (PDF)')))
      : h('p', { className: 'awaiting' }, t(lang, 'legal.noAttachments')),
    h('h2', null, t(lang, 'legal.content')),
    h('div', { className: 'prose', lang }, body),
    h('h2', null, t(lang, 'legal.sources')),
    h('ul', null, (d.sources ?? []).map((s, i) => h('li', { key: i }, s.url ? h('a', { href: s.url }, s.title) : s.title))),
  );
}

function ProcedurePreview({ data, vi, lang, body }: { data: Data; vi: Data; lang: Lang; body: ReactNode }) {
  const d = data as Partial<ProcedureData>;
  const facts = vi as Partial<ProcedureData>;
  const label = <K extends string>(labels: Record<K, { vi: string; en: string }>, v: K | undefined) => (v && labels[v] ? labels[v][lang] : undefined);
  return h(
    'article',
    { className: 'procedure' },
    h('p', { className: 'legal-doc__kicker' }, label(procedureFieldLabels, d.field) ?? ''),
    h('h1', null, d.title ?? ''),
    d.withdrawnOn ? h('p', { className: 'notice notice--warn', 'data-withdrawn': '' }, h('strong', null, t(lang, 'proc.withdrawnBanner', { date: formatDate(d.withdrawnOn, lang) })), ' ', d.withdrawnReason ?? '') : null,
    h('p', { className: 'lead' }, d.summary ?? ''),
    lang === 'en' ? h('p', { className: 'notice', 'data-unofficial-translation': '' }, t(lang, 'proc.unofficialTranslation')) : null,
    !d.verified ? h('p', { className: 'notice notice--warn', 'data-unverified': '' }, t(lang, 'proc.unverifiedBanner')) : null,
    h('h2', null, t(lang, 'proc.details')),
    h(
      'table',
      { className: 'meta-table' },
      h(
        'tbody',
        null,
        row(t(lang, 'proc.field.code'), d.code ?? awaiting(lang), 'code'),
        row(t(lang, 'proc.field.field'), label(procedureFieldLabels, d.field) ?? awaiting(lang)),
        row(t(lang, 'proc.field.level'), label(governmentLevelLabels, d.level) ?? awaiting(lang)),
        row(t(lang, 'proc.field.onlineLevel'), label(onlineLevelLabels, d.onlineLevel) ?? awaiting(lang), 'onlineLevel'),
        row(t(lang, 'proc.field.resultByPost'), label(yesNoLabels, d.resultByPost) ?? awaiting(lang), 'resultByPost'),
        row(t(lang, 'proc.field.checkedOn'), d.checkedOn ? date(d.checkedOn, lang) : awaiting(lang)),
      ),
    ),
    h('h2', { id: 'steps' }, t(lang, 'proc.steps')),
    h('ol', { className: 'steps' }, (d.steps ?? []).map((s, i) => h('li', { key: i }, s.text))),
    h('h2', { id: 'channels' }, t(lang, 'proc.channels')),
    h(
      'div',
      { className: 'channels' },
      (facts.channels ?? []).map((c, i) => {
        const text = d.channels?.[i];
        const time = formatTimeLimit(c, lang);
        const fee = formatFee(c, lang);
        return h(
          'section',
          { key: i, className: 'channel', 'data-channel': c.kind },
          h('h3', null, label(channelKindLabels, c.kind) ?? ''),
          h(
            'dl',
            null,
            h('div', null, h('dt', null, t(lang, 'proc.channel.timeLimit')), h('dd', { 'data-field': 'timeLimit' }, time ?? awaiting(lang), text?.timeNote ? h('div', null, text.timeNote) : null)),
            h('div', null, h('dt', null, t(lang, 'proc.channel.fee')), h('dd', { 'data-field': 'fee' }, fee ?? (text?.feeNote ? null : awaiting(lang)), text?.feeNote ? h('div', null, text.feeNote) : null)),
            text?.description ? h('div', null, h('dt', null, t(lang, 'proc.channel.description')), h('dd', null, text.description)) : null,
          ),
        );
      }),
    ),
    h('h2', { id: 'dossier' }, t(lang, 'proc.dossier')),
    h(
      'ol',
      { className: 'dossier' },
      (d.dossier ?? []).map((item, i) =>
        h('li', { key: i }, item.document, item.form ? ` (${item.form})` : null, facts.dossier?.[i]?.copies ? ` – ${t(lang, 'proc.dossier.copiesN', { n: String(facts.dossier[i]!.copies) })}` : null),
      ),
    ),
    h('h2', null, t(lang, 'proc.applicants')),
    h('ul', null, (d.applicants ?? []).map((a, i) => h('li', { key: i }, a))),
    h('h2', null, t(lang, 'proc.result')),
    h('p', null, d.result ?? ''),
    h('h2', null, t(lang, 'proc.legalBasis')),
    facts.legalBasis?.length
      ? h(
          'ul',
          { className: 'legal-basis' },
          facts.legalBasis.map((b, i) => {
            const target = legalByName(b.document, lang);
            return h(
              'li',
              { key: i },
              h('a', { href: '#' }, target.name),
              target.title ? ` – ${target.title}` : null,
              d.legalBasis?.[i]?.provision ? h('em', null, ` (${d.legalBasis[i]!.provision})`) : null,
              ' ',
              target.data ? badge(target.data as Data, lang, false) : null,
            );
          }),
        )
      : h('p', null, t(lang, 'proc.noLegalBasis')),
    h('h2', null, t(lang, 'proc.notes')),
    h('div', { className: 'prose', lang }, body),
    h('h2', null, t(lang, 'proc.sources')),
    h('ul', null, (d.sources ?? []).map((s, i) => h('li', { key: i }, s.url ? h('a', { href: s.url }, s.title) : s.title))),
  );
}

function show(def: CollectionDef, name: string, value: unknown, lang: Lang): ReactNode {
  const f = def.fields[name];
  if (value === undefined || value === null || value === '') return awaiting(lang);
  const labels = f?.optionLabels;
  const word = (v: unknown) => (labels && typeof v === 'string' && labels[v] ? labels[v][lang] : typeof v === 'boolean' ? (v ? (lang === 'vi' ? 'Có' : 'Yes') : lang === 'vi' ? 'Không' : 'No') : String(v));
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    return h(
      'ul',
      null,
      value.map((item, i) =>
        h('li', { key: i }, item !== null && typeof item === 'object' ? Object.values(item).filter((x) => x !== '' && x != null).map((x) => (typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x) ? formatDate(x, lang) : String(x))).join(' · ') : word(item)),
      ),
    );
  }
  if (f?.cms.widget === 'datetime') return date(value, lang);
  return word(value);
}

function GenericPreview({ def, data, lang, body }: { def: CollectionDef; data: Data; lang: Lang; body: ReactNode }) {
  const rows = Object.keys(def.fields)
    .filter((name) => !['title', 'body'].includes(name))
    .map((name) => row(def.fields[name]!.label[lang], show(def, name, data[name], lang)));
  const title = data.title ?? data.authorityName;
  return h(
    'article',
    null,
    title ? h('h1', null, String(title)) : null,
    h('table', { className: 'meta-table' }, h('tbody', null, rows)),
    def.extension === 'mdx' ? h('div', { className: 'prose', lang }, body) : null,
  );
}

export function Preview({ entry, widgetFor, fields }: PreviewTemplateComponentProps) {
  const e = entry as unknown as Imm;
  const lang = paneLang(e);
  const name = String(e.get('collection') ?? '');
  const def = (collectionDefs as Record<string, CollectionDef>)[name];
  const data = plain(e.get('data'));
  // The English pane's entry carries only the English data; shared facts come from the Vietnamese side.
  const viData = lang === 'vi' ? data : (currentVietnamese(name) ?? data);
  const slug = String(e.get('slug') ?? '');
  // Decap's widgetFor throws for a field the preview's fields lack: a collection without a body (the
  // YAML ones), and any collection for a moment while the editor moves from one collection's entry to
  // another's (the entry is already the new one, the fields still the old ones).
  const hasBody = (fields as unknown as { some(fn: (f: { get(k: string): unknown }) => boolean): boolean } | undefined)?.some((f) => f.get('name') === 'body');
  const body = def?.extension === 'mdx' && hasBody ? widgetFor('body') : null;
  let page: ReactNode;
  if (name === 'legal') page = h(LegalPreview, { data, vi: viData, slug, lang, body });
  else if (name === 'procedures') page = h(ProcedurePreview, { data, vi: viData, lang, body });
  else if (def) page = h(GenericPreview, { def, data, lang, body });
  else page = null;
  return h('main', { className: 'wrap', id: 'main', lang }, page);
}

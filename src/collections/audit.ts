/**
 * The verification worklist for editors: every fact shown as awaiting verification, statuses not checked for
 * more than 180 days, unverified entries, sample content still published, and sources that cannot be followed
 * (no URL, no Official Gazette reference). `npm run audit:content` prints it; the build writes it as
 * /admin/kiem-tra-noi-dung/. The gate's own checks of the same facts are in src/schemas/verification.rules.ts.
 */
import type { Lang } from '../i18n/locales.ts';
import { legalFields } from '../schemas/legal.ts';
import { procedureFields } from '../schemas/procedures.ts';
import { channelKindLabels, sampleSectionLabels, type SampleSection } from '../schemas/procedures.vocab.ts';
import { contactFieldLabels, type SiteSettings } from '../schemas/settings.ts';
import { checkedOnOf, daysBetween, sourcesOf, STALE_AFTER_DAYS } from '../schemas/verification.rules.ts';
import { unconfirmedContacts } from '../schemas/settings.contacts.ts';

/** A content entry as the gate and the loaders both have it. */
export interface AuditEntry {
  collection: string;
  lang: Lang;
  slug: string;
  /** content/<collection>/<lang>/<slug>.<ext> */
  file: string;
  data: Record<string, unknown>;
  body?: string;
}

export const workKinds = ['awaiting', 'stale', 'unverified', 'sample', 'noSource'] as const;
export type WorkKind = (typeof workKinds)[number];
export const workKindLabels: Record<WorkKind, string> = {
  awaiting: 'Thông tin đang chờ xác minh',
  stale: `Tình trạng kiểm tra đã quá ${STALE_AFTER_DAYS} ngày`,
  unverified: 'Văn bản, thủ tục chưa xác minh',
  sample: 'Nội dung mẫu còn đăng',
  noSource: 'Nguồn không có địa chỉ hoặc số Công báo',
};

export interface WorkItem {
  kind: WorkKind;
  collection: string;
  slug: string;
  file: string;
  /** The entry as an editor knows it: "61/2018/NĐ-CP – Nghị định …" or a title. */
  entry: string;
  /** The field or list item concerned, in the CMS's Vietnamese labels. */
  detail: string;
  /** The entry in Decap CMS. */
  cmsUrl: string;
}

export interface Audit {
  today: string;
  items: WorkItem[];
  counts: Record<WorkKind, number>;
}

/** Decap's address of an entry: /admin/#/collections/<collection>/entries/<slug> */
export const cmsEntryUrl = (collection: string, slug: string) => `/admin/#/collections/${collection}/entries/${slug}`;

const vi = (fields: Record<string, { label: { vi: string } }>, key: string) => fields[key]?.label.vi ?? key;

/** The facts a page shows as "Đang chờ xác minh", field by field (same rules as the page views). */
function awaitingFields(e: AuditEntry): string[] {
  const d = e.data;
  if (e.collection === 'legal') {
    const out: string[] = [];
    if (!d.signer) out.push(vi(legalFields, 'signer'));
    if (!d.effective) out.push(vi(legalFields, 'effective'));
    if (!d.expiry && !['con-hieu-luc', 'chua-co-hieu-luc'].includes(d.status as string)) out.push(vi(legalFields, 'expiry'));
    if (d.status === 'chua-xac-dinh') out.push(vi(legalFields, 'status'));
    return out;
  }
  if (e.collection === 'procedures') {
    const out: string[] = [];
    for (const key of ['code', 'onlineLevel', 'onlineServiceUrl', 'resultByPost'] as const) if (d[key] === undefined) out.push(vi(procedureFields, key));
    if (d.agencyAwaiting) out.push('Cơ quan thực hiện, nơi tiếp nhận hồ sơ');
    type Ch = { kind: keyof typeof channelKindLabels; timeLimit?: number; fee?: number; feeNote?: string };
    for (const c of (d.channels as Ch[]) ?? []) {
      const way = channelKindLabels[c.kind]?.vi ?? c.kind;
      if (c.timeLimit === undefined) out.push(`${vi(procedureFields, 'channels')} › ${way} › thời hạn giải quyết`);
      if (c.fee === undefined && !c.feeNote) out.push(`${vi(procedureFields, 'channels')} › ${way} › phí, lệ phí`);
    }
    ((d.dossier as { document: string; form?: string; copies?: number }[]) ?? []).forEach((item, i) => {
      if (!item.form) out.push(`${vi(procedureFields, 'dossier')} › ${i + 1}. ${item.document} › mẫu đơn, tờ khai`);
      if (!item.copies) out.push(`${vi(procedureFields, 'dossier')} › ${i + 1}. ${item.document} › số lượng bản`);
    });
    for (const b of (d.basisAwaiting as string[] | undefined) ?? []) out.push(`${vi(procedureFields, 'basisAwaiting')} › ${b}`);
    return out;
  }
  return [];
}

function entryName(e: AuditEntry): string {
  const title = (e.data.title as string | undefined) ?? (e.data.authorityName as string | undefined) ?? e.slug;
  return e.data.number ? `${e.data.number as string} – ${title}` : title;
}

/** The worklist: Vietnamese entries only (facts are shared by both languages; a translation follows its original). */
export function auditContent(entries: AuditEntry[], today: string): Audit {
  const items: WorkItem[] = [];
  const add = (e: AuditEntry, kind: WorkKind, detail: string) =>
    items.push({ kind, collection: e.collection, slug: e.slug, file: e.file, entry: entryName(e), detail, cmsUrl: cmsEntryUrl(e.collection, e.slug) });
  const sorted = entries.filter((e) => e.lang === 'vi').sort((a, b) => a.collection.localeCompare(b.collection) || a.slug.localeCompare(b.slug));
  for (const e of sorted) {
    for (const field of awaitingFields(e)) add(e, 'awaiting', field);
    const checked = checkedOnOf(e);
    if (checked?.date && daysBetween(checked.date, today) > STALE_AFTER_DAYS) {
      add(e, 'stale', `Kiểm tra lần cuối ngày ${checked.date} (${daysBetween(checked.date, today)} ngày trước)`);
    }
    if (e.data.verified === false) add(e, 'unverified', 'Chưa đánh dấu “Đã xác minh”');
    if (e.data.sample === true) add(e, 'sample', 'Tin là nội dung mẫu (không phải thông báo chính thức)');
    for (const s of (e.data.sampleSections as SampleSection[] | undefined) ?? []) add(e, 'sample', `Phần “${sampleSectionLabels[s].vi}” là nội dung mẫu`);
    if (e.collection === 'settings') {
      for (const c of unconfirmedContacts(e.data as unknown as SiteSettings)) add(e, 'sample', `${contactFieldLabels[c.field].vi}: giá trị mẫu, chưa xác minh (chọn trong “Thông tin liên hệ đã xác minh” khi đã đối chiếu)`);
    }
    for (const s of sourcesOf(e)) if (!s.url && !s.reference) add(e, 'noSource', s.title);
  }
  const counts = Object.fromEntries(workKinds.map((k) => [k, items.filter((i) => i.kind === k).length])) as Record<WorkKind, number>;
  return { today, items, counts };
}

/** The worklist as text for the terminal, in Vietnamese, counts first. */
export function formatAudit(audit: Audit, siteUrl = ''): string {
  const lines = [`Danh sách cần xác minh (ngày ${audit.today})`, ''];
  for (const k of workKinds) lines.push(`  ${String(audit.counts[k]).padStart(4)}  ${workKindLabels[k]}`);
  for (const k of workKinds) {
    const of = audit.items.filter((i) => i.kind === k);
    if (of.length === 0) continue;
    lines.push('', `## ${workKindLabels[k]} (${of.length})`);
    let last = '';
    for (const i of of) {
      if (i.file !== last) lines.push('', `${i.entry}`, `  ${i.file} · ${siteUrl}${i.cmsUrl}`);
      last = i.file;
      lines.push(`  - ${i.detail}`);
    }
  }
  return lines.join('\n');
}

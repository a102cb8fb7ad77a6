/**
 * The content gate inside the CMS. The same checks the build runs (each file's schema, reported by
 * src/schemas/problems.ts, and the rules that span entries, src/schemas/rules.ts and *.rules.ts) run on the entry being edited, in both languages, together
 * with the other entries of its collection (loaded through Decap's own backend, so it works with the
 * local backend and with GitLab alike). Problems are shown in Vietnamese beside the fields (through
 * Decap's own validation: every widget is wrapped) and in a summary box, as the editor types; an entry
 * with a problem cannot be saved or published (preSave/prePublish refuse it, so nothing is written).
 */
import { Component, createElement as h, type ComponentType } from 'react';
import type { Map as ImmutableMap } from 'immutable';
import { collectionDefs, contentFileOf, type CollectionDef, type CollectionName } from '../src/schemas/index.ts';
import { cmsFields, type CmsField } from '../src/schemas/fields.ts';
import { describeIssues, type ContentProblem, type GateEntry } from '../src/schemas/problems.ts';
import { entryProblems } from '../src/schemas/rules.ts';
import { withoutEmpty } from '../src/cms/format.ts';
import { withSharedFacts } from '../src/cms/sharedFacts.ts';
import { todayInVietnam } from '../src/lib/formatDate.ts';
import { htmlToMarkdown, needsConversion, pasteMarker, replaceMarker } from './paste.ts';
import { englishListWithFacts, factsOfEnglishList, readOnlyFact, SHARED_STYLE, SharedFactsScope } from './sharedInEnglish.ts';

type Imm = ImmutableMap<string, unknown> & { getIn(path: unknown[]): unknown; toJS(): unknown };
type Data = Record<string, unknown>;

/** The slug a new, unsaved entry is checked under (it cannot collide with a real file name). */
const NEW_SLUG = 'muc-moi-chua-luu';

const defOf = (name: string): CollectionDef | undefined => (collectionDefs as Record<string, CollectionDef>)[name];

// ---------------------------------------------------------------------------------------------------
// The other entries of each collection, loaded once per opened entry through Decap's search action.

interface Loaded {
  entries: { slug: string; vi?: Data; en?: Data }[];
}
const loaded = new Map<string, Loaded>();
const loading = new Map<string, Promise<Loaded>>();
const loadedFor = new Map<string, string>();

type QueryFn = (namespace: string, collection: string, searchFields: string[], term: string, file?: string, limit?: number) => Promise<{ payload?: { hits?: unknown[] } }>;

function searchFieldOf(def: CollectionDef): string {
  const required = Object.entries(def.fields).find(([, f]) => !f.optional && (f.cms.widget === 'string' || f.cms.widget === 'text'));
  return required?.[0] ?? Object.keys(def.fields)[0]!;
}

/** Loads (again, when another entry was opened since) the entries of a collection. */
export function ensureLoaded(collection: string, entryKey: string, query: QueryFn | undefined): Promise<Loaded> | undefined {
  const def = defOf(collection);
  if (!def || def.singleFile || !query) return undefined;
  if (loadedFor.get(collection) === entryKey && loading.has(collection)) return loading.get(collection);
  loadedFor.set(collection, entryKey);
  const promise = query(`heza-gate-${collection}`, collection, [searchFieldOf(def)], '', undefined, 0).then((action) => {
    const hits = (action?.payload?.hits ?? []) as { slug: string; data?: Data; i18n?: Record<string, { data?: Data }> }[];
    const result: Loaded = { entries: hits.map((e) => ({ slug: e.slug, vi: e.data, en: e.i18n?.en?.data })) };
    loaded.set(collection, result);
    generation++;
    schedule();
    return result;
  });
  loading.set(collection, promise);
  return promise;
}

// ---------------------------------------------------------------------------------------------------
// Checking an entry as the gate would.

export interface EntryState {
  collection: string;
  slug: string;
  isNew: boolean;
  vi: Data;
  /**
   * The English file's data, or undefined when the entry carries none: a draft of the editorial
   * workflow holds only the files it changed, so an English file left as it was is not in it.
   */
  en: Data | undefined;
}

const toJs = (v: unknown): Data => {
  const plain = v && typeof (v as Imm).toJS === 'function' ? (v as Imm).toJS() : v;
  return plain && typeof plain === 'object' && !Array.isArray(plain) ? (plain as Data) : {};
};

/** What Decap holds for an entry (its data and the English translation's), as plain objects. */
export function entryState(entry: Imm, collection: string): EntryState {
  const slug = String(entry.get('slug') ?? '');
  const isNew = Boolean(entry.get('newRecord')) || !slug;
  return {
    collection,
    slug: isNew ? NEW_SLUG : slug,
    isNew,
    vi: toJs(entry.get('data')),
    en: entry.getIn(['i18n', 'en', 'data']) === undefined ? undefined : toJs(entry.getIn(['i18n', 'en', 'data'])),
  };
}

/** The data as it will be saved: empty values left out, the body apart, shared facts copied. */
export function asSaved(def: CollectionDef, state: EntryState): { vi: Data; en: Data | undefined } {
  const clean = (d: Data) => {
    const { body: _body, ...rest } = withoutEmpty(d) as Data;
    return rest;
  };
  const vi = clean(state.vi);
  // An English file not in the change is the one already published (when the collection is loaded).
  const en = state.en ?? loaded.get(state.collection)?.entries.find((e) => e.slug === state.slug)?.en;
  return { vi, en: en === undefined ? undefined : clean(withSharedFacts(def.fields, vi, en)) };
}

const cache = new WeakMap<object, { generation: number; problems: ContentProblem[] }>();
let generation = 0;



/** Every problem the gate would report on this entry's two files, in Vietnamese. */
export function problemsOf(entry: Imm, collection: string): ContentProblem[] {
  const known = cache.get(entry);
  if (known && known.generation === generation) return known.problems;
  const def = defOf(collection);
  if (!def) return [];
  const state = entryState(entry, collection);
  const saved = asSaved(def, state);
  const problems: ContentProblem[] = [];
  const mine: GateEntry[] = [];
  for (const lang of ['vi', 'en'] as const) {
    const file = contentFileOf(def, lang, state.slug);
    const data = saved[lang];
    if (data === undefined) continue;
    const result = def.schema.safeParse(data);
    if (result.success) mine.push({ collection: collection as CollectionName, lang, slug: state.slug, file, data: result.data as Data, body: '' });
    else problems.push(...describeIssues(file, result.error.issues, def.fields, data));
  }
  // The other entries, as the gate reads them (those that pass their schema): of this collection, and
  // of the collections its references point to. The entry being edited comes last, so that a number
  // used twice is reported on it rather than on the entry that had it first.
  const asGateEntries = (name: string, skip?: string): GateEntry[] => {
    const other = defOf(name);
    if (!other) return [];
    return (loaded.get(name)?.entries ?? []).flatMap((e) =>
      e.slug === skip
        ? []
        : (['vi', 'en'] as const).flatMap((lang) => {
            const raw = e[lang];
            if (!raw) return [];
            const { body: _body, ...front } = raw;
            const result = other.schema.safeParse(front);
            return result.success ? [{ collection: name as CollectionName, lang, slug: e.slug, file: contentFileOf(other, lang, e.slug), data: result.data as Data, body: '' }] : [];
          }),
    );
  };
  const referenced = [...new Set(cmsFields(def.fields).flatMap(relationCollections))].filter((name) => name !== collection);
  const all = [...asGateEntries(collection, state.slug), ...referenced.flatMap((name) => asGateEntries(name)), ...mine];
  // References to a collection not loaded yet are not judged.
  const unknown = referenced.filter((name) => !loaded.has(name));
  const cross = entryProblems(all).filter((p) => !unknown.some((name) => p.message.endsWith(`not an entry of ${name}`)));
  const files = new Set(mine.map((e) => e.file));
  problems.push(...cross.filter((p) => files.has(p.file)));
  problems.push(...changeNoteAsked(def, entry, state, saved));
  // A shared fact is typed once, in Vietnamese: its problem is told once, for the Vietnamese side.
  const told = new Set(problems.filter((p) => p.file.includes('/vi/')).map((p) => `${p.field}|${p.vi ?? p.message}`));
  const once = problems.filter((p) => p.file.includes('/vi/') || !told.has(`${p.field}|${p.vi ?? p.message}`));
  problems.length = 0;
  problems.push(...once);
  cache.set(entry, { generation, problems });
  return problems;
}

// ---------------------------------------------------------------------------------------------------
// Change notes: a change of status, dates or relations needs a new note, dated today, on top.

const SUBSTANTIAL = ['status', 'issued', 'effective', 'expiry', 'relations', 'channels', 'dossier', 'legalBasis', 'withdrawnOn'];
const openedAs = new Map<string, Data>();

/** Remembers an entry as it was when the editor opened it (to tell what changed in substance). */
export function rememberOpened(entry: Imm, collection: string) {
  const slug = String(entry.get('slug') ?? '');
  const key = `${collection}/${slug}`;
  if (!slug || entry.get('newRecord') || openedAs.has(key)) return;
  openedAs.set(key, toJs(entry.get('data')));
}
/** After a save, what was saved is the new starting point. */
export function rememberSaved(entry: Imm, collection: string) {
  openedAs.set(`${collection}/${String(entry.get('slug') ?? '')}`, toJs(entry.get('data')));
}

function changeNoteAsked(def: CollectionDef, entry: Imm, state: EntryState, saved: { vi: Data }): ContentProblem[] {
  if (!('changes' in def.fields) || state.isNew) return [];
  const before = openedAs.get(`${state.collection}/${state.slug}`);
  if (!before) return [];
  const was = withoutEmpty(before) as Data;
  const changed = SUBSTANTIAL.filter((k) => k in def.fields && JSON.stringify(was[k] ?? null) !== JSON.stringify(saved.vi[k] ?? null));
  if (changed.length === 0) return [];
  const notes = (saved.vi.changes as { date?: string }[] | undefined) ?? [];
  const oldNotes = (was.changes as unknown[] | undefined) ?? [];
  const today = todayInVietnam();
  if (notes.length > oldNotes.length && notes[0]?.date === today) return [];
  const labels = changed.map((k) => def.fields[k]!.label.vi.toLowerCase()).join(', ');
  return [
    {
      file: contentFileOf(def, 'vi', state.slug),
      field: 'changes',
      message: `a change of ${changed.join(', ')} needs a new change note dated ${today} on top`,
      vi: `Đã thay đổi ${labels}: thêm một dòng cập nhật mới lên đầu danh sách, ghi ngày hôm nay (${today.split('-').reverse().join('/')}) và nội dung thay đổi.`,
    },
  ];
}

// ---------------------------------------------------------------------------------------------------
// Showing the problems: beside each top-level field (Decap's error list) and in a summary box.

const labelOf = (def: CollectionDef, field: string | undefined): string => {
  if (!field) return 'Toàn bộ mục';
  const m = /^([^.[]+)(?:\[(\d+)\])?(?:\.(.+))?$/.exec(field);
  const top = m?.[1] ?? field;
  const f = def.fields[top];
  let label = f?.label.vi ?? top;
  if (m?.[2] !== undefined) label += ` › mục ${Number(m[2]) + 1}`;
  if (m?.[3]) label += ` › ${f?.cms.fields?.find((n) => n.name === m[3])?.label ?? m[3]}`;
  return label;
};

export const topField = (field: string | undefined) => field?.split(/[.[]/)[0];

let current: { entry: Imm; collection: string } | undefined;
let mounted = 0;
let box: HTMLElement | undefined;
let pending = false;

function schedule() {
  if (pending) return;
  pending = true;
  queueMicrotask(() => {
    pending = false;
    renderSummary();
  });
}

/**
 * The summary is the last part of the Vietnamese column, held at the bottom of the view while the editor
 * scrolls (position: sticky). Being in the column's flow, it never covers a field for good: the column
 * scrolls every field above it (a box fixed over the editor hid the options of a drop-down opened
 * under it, and an editor could not pick one); being last, its growing or shrinking as the editor
 * types moves no field (at the top it pushed the whole form down under the editor's pointer).
 */
function placeBox(el: HTMLElement) {
  const pane = document.getElementById('control-pane') ?? document.querySelector('.Pane1');
  if (!pane) {
    if (!el.isConnected) document.body.append(el);
    return;
  }
  if (el.parentElement !== pane || pane.lastElementChild !== el) pane.append(el);
}

function renderSummary() {
  if (!box) {
    box = document.createElement('section');
    box.className = 'heza-gate';
    box.tabIndex = -1;
    box.setAttribute('aria-live', 'polite');
    box.setAttribute('aria-label', 'Kiểm tra nội dung');
  }
  placeBox(box);
  if (!current || mounted === 0 || !defOf(current.collection)) {
    box.hidden = true;
    return;
  }
  const def = defOf(current.collection)!;
  const problems = problemsOf(current.entry, current.collection);
  box.hidden = problems.length === 0;
  box.replaceChildren();
  if (problems.length === 0) return;
  const title = document.createElement('h2');
  title.textContent = `Chưa thể công bố: ${problems.length} lỗi cần sửa`;
  const list = document.createElement('ul');
  for (const p of problems) {
    const li = document.createElement('li');
    const where = document.createElement('strong');
    const lang = p.file.includes('/en/') ? ' (bản tiếng Anh)' : '';
    where.textContent = `${labelOf(def, p.field)}${lang}: `;
    li.append(where, p.vi ?? p.message);
    list.append(li);
  }
  box.append(title, list);
}

const STYLE = `
.heza-gate { position: sticky; bottom: 0; z-index: 0; margin: 16px 0 0; max-height: 35vh; overflow: auto; background: #fff;
  color: #0b0c0c; border: 2px solid #d4351c; border-left-width: 8px; border-radius: 4px; padding: 10px 14px;
  box-shadow: 0 -2px 10px rgba(0,0,0,.15); font: 14px/1.45 system-ui, sans-serif; }
.heza-gate:focus { outline: 3px solid #ffdd00; outline-offset: 0; }
.heza-gate[hidden] { display: none; }
.heza-gate h2 { font-size: 15px; margin: 0 0 6px; color: #d4351c; }
.heza-gate ul { margin: 0; padding-left: 18px; }
.heza-gate li { margin: 2px 0; }
`;

export function installStyle() {
  const style = document.createElement('style');
  style.textContent = STYLE + SHARED_STYLE;
  document.head.append(style);
}

// ---------------------------------------------------------------------------------------------------
// Every widget wrapped: its own validation first, then the gate's problems of its field.

interface ControlProps {
  entry: Imm;
  collection: Imm;
  field: Imm;
  locale?: string;
  query?: QueryFn;
  forID: string;
  [key: string]: unknown;
}

interface Inner {
  isValid?: () => unknown;
  shouldComponentUpdate?: (next: unknown) => boolean;
  getValidateValue?: () => unknown;
  focus?: (path?: string) => void;
}

/**
 * Every widget wrapped: its own validation first, then the gate's problems of its field. With
 * `paste`, the body editor: HTML with a table or a Word list is pasted as Markdown (admin/paste.ts).
 */
export function withGate(Control: ComponentType<never>, options: { paste?: boolean } = {}): ComponentType<ControlProps> {
  return class Checked extends Component<ControlProps, { generation: number }> {
    // Inside a translated list of the English pane: which of the item's fields are shared facts.
    static override contextType = SharedFactsScope;
    declare context: { facts: readonly string[] } | null;
    override state = { generation: 0 };
    inner: Inner | null = null;
    pasting: { marker: string; markdown: string; until: number } | undefined;
    setInner = (ref: Inner | null) => {
      this.inner = ref;
    };

    collectionName = () => String(this.props.collection?.get('name') ?? '');

    isTopLevel = () => {
      const fields = this.props.collection?.get('fields') as { includes(f: unknown): boolean } | undefined;
      return Boolean(fields?.includes(this.props.field));
    };

    componentDidMount() {
      mounted++;
      this.firstChangeNote();
      const name = this.collectionName();
      if (this.props.entry) {
        rememberOpened(this.props.entry, name);
        const key = `${String(this.props.entry.get('slug') ?? '')}:${String(this.props.entry.get('newRecord') ?? '')}`;
        void ensureLoaded(name, key, this.props.query as QueryFn | undefined)?.catch(() => {});
        // Relations to other collections (a procedure's legal basis) need those entries too.
        const def = defOf(name);
        for (const f of def ? cmsFields(def.fields) : []) {
          for (const target of relationCollections(f)) if (target !== name) void ensureLoaded(target, key, this.props.query as QueryFn | undefined)?.catch(() => {});
        }
      }
      this.note();
    }

    /** A new entry starts with its first change note, dated today, in each language. */
    firstChangeNote() {
      const { entry, field, collection, value, locale } = this.props;
      if (!entry?.get('newRecord') || String(field.get('name')) !== 'changes' || !this.isTopLevel()) return;
      const size = (value as { size?: number } | undefined)?.size ?? 0;
      if (size > 0) return;
      // Lists and maps of Decap's own Immutable, made from ones it handed over.
      const data = entry.get('data') as { clear(): { set(k: string, v: unknown): { set(k: string, v: unknown): unknown } } };
      const fields = collection.get('fields') as { clear(): { push(v: unknown): unknown } };
      const note = locale === 'en' ? 'First published.' : 'Đăng tải lần đầu.';
      (this.props.onChange as (v: unknown) => void)(fields.clear().push(data.clear().set('date', todayInVietnam()).set('note', note)));
    }

    componentDidUpdate() {
      this.note();
    }

    onPaste = (event: { clipboardData: DataTransfer | null; target: EventTarget | null; preventDefault(): void; stopPropagation(): void }) => {
      const html = event.clipboardData?.getData('text/html') ?? '';
      if (!html || !needsConversion(html)) return;
      event.preventDefault();
      event.stopPropagation();
      const markdown = htmlToMarkdown(html);
      const marker = pasteMarker();
      this.pasting = { marker, markdown, until: Date.now() + 5000 };
      // A paragraph holding a marker is pasted instead, through the editor's own paste (Slate's
      // "insertFromPaste" input), so it lands where the cursor is and in the editor's value; once the
      // editor reports it (its onChange, seen below), it is replaced by the Markdown and the editor
      // redrawn from the new value. (Text put into the page by execCommand showed, but never reached
      // the editor's value.)
      const data = new DataTransfer();
      data.setData('text/html', `<p>${marker}</p>`);
      data.setData('text/plain', marker);
      const target = event.target instanceof Element ? event.target.closest('[contenteditable="true"]') : null;
      const delivered = target?.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true }));
      if (!target || delivered === undefined) {
        const value = typeof this.props.value === 'string' ? this.props.value : '';
        this.pasting = undefined;
        this.applyValue(`${value.trimEnd()}\n\n${markdown}\n`);
        return;
      }
      const timer = setInterval(() => {
        if (!this.pasting || Date.now() > this.pasting.until) {
          this.pasting = undefined;
          clearInterval(timer);
          return;
        }
        if (this.finishPaste(this.latest)) clearInterval(timer);
      }, 50);
    };

    /** The value the control last reported (the body editor reports every change). */
    latest: unknown;
    reportChange = (value: unknown, ...rest: unknown[]) => {
      this.latest = value;
      (this.props.onChange as (...args: unknown[]) => void)(value, ...rest);
    };

    finishPaste(current: unknown): boolean {
      const p = this.pasting;
      if (!p) return true;
      const value = typeof current === 'string' ? current : '';
      const next = replaceMarker(value, p.marker, p.markdown);
      if (next === undefined) return false;
      this.pasting = undefined;
      this.applyValue(next);
      return true;
    }

    /** The value the redrawn editor starts from, until Decap hands it back as the field's value. */
    override: string | undefined;

    applyValue(value: string) {
      this.override = value;
      this.latest = value;
      (this.props.onChange as (v: string) => void)(value);
      this.setState((s) => ({ generation: s.generation + 1 }));
    }

    componentWillUnmount() {
      mounted--;
      schedule();
    }

    note() {
      if (this.props.entry && this.collectionName()) {
        current = { entry: this.props.entry, collection: this.collectionName() };
        schedule();
      }
    }

    isValid = () => {
      const own = this.inner?.isValid?.();
      if (own instanceof Promise) return own;
      if (own === false || (own && typeof own === 'object' && (own as { error?: unknown }).error)) return own;
      if (!this.isTopLevel() || !current) return { error: false };
      const name = String(this.props.field.get('name'));
      const lang = this.props.locale ?? 'vi';
      const messages = problemsOf(current.entry, current.collection)
        .filter((p) => topField(p.field) === name && p.file.includes(`/${lang}/`))
        .map((p) => p.vi ?? p.message);
      if (messages.length === 0) return { error: false };
      return { error: { type: 'CUSTOM', message: messages.join(' ') } };
    };

    shouldComponentUpdate(next: ControlProps, nextState?: unknown) {
      const generation = (nextState as { generation?: number } | undefined)?.generation;
      if (generation !== undefined && generation !== this.state.generation) return true;
      // An English list shows the Vietnamese list's facts: it changes when that list does.
      const name = String(this.props.field?.get('name') ?? '');
      if (this.englishFacts() && next.entry?.getIn(['data', name]) !== this.props.entry?.getIn(['data', name])) return true;
      const scu = this.inner?.shouldComponentUpdate;
      if (scu) return scu.call(this.inner, next);
      // Decap's own rule for widgets without one (a re-render on every keystroke elsewhere would,
      // for one, reset the text box's selection while the editor types).
      return this.props.value !== next.value || this.props.classNameWrapper !== next.classNameWrapper || this.props.hasActiveStyle !== next.hasActiveStyle;
    }

    getValidateValue = () => this.inner?.getValidateValue?.();

    focus(path?: string) {
      if (this.inner?.focus) this.inner.focus(path);
      else document.getElementById(this.props.forID)?.focus();
    }

    /** The shared facts of this field, when it is a translated list in the English pane. */
    englishFacts = () => (this.isTopLevel() ? factsOfEnglishList(this.collectionName(), String(this.props.field?.get('name') ?? ''), this.props.locale) : undefined);

    /**
     * The list's field without adding, removing or reordering items (the Vietnamese list decides them),
     * its items open (their texts are what is left to translate).
     */
    fixedField: { from: unknown; to: unknown } | undefined;
    fixedItems(field: Imm): unknown {
      if (this.fixedField?.from !== field) {
        const off = (f: unknown, k: string) => (f as { set(k: string, v: unknown): unknown }).set(k, false);
        this.fixedField = { from: field, to: ['allow_add', 'allow_remove', 'allow_reorder', 'collapsed'].reduce(off, field) };
      }
      return this.fixedField.to;
    }

    render() {
      const C = Control as ComponentType<Record<string, unknown>>;
      const name = String(this.props.field?.get('name') ?? '');
      const facts = this.englishFacts();
      if (facts) {
        const vi = this.props.entry?.getIn(['data', name]) as { size?: number } | undefined;
        const value = englishListWithFacts(vi, this.props.value, facts);
        // A new list (its items' keys) whenever the Vietnamese list gains or loses an item.
        const list = h(C, { ...this.props, value, field: this.fixedItems(this.props.field), ref: this.setInner, key: `items-${vi?.size ?? 0}` });
        return h(SharedFactsScope.Provider, { value: { facts } }, list);
      }
      if (this.context && !this.isTopLevel() && this.context.facts.includes(name)) return readOnlyFact(h(C, { ...this.props, ref: this.setInner }));
      if (!options.paste) return h(C, { ...this.props, ref: this.setInner });
      if (this.override !== undefined && this.props.value === this.override) this.override = undefined;
      const value = this.override ?? this.props.value;
      const control = h(Control as ComponentType<Record<string, unknown>>, { ...this.props, value, onChange: this.reportChange, ref: this.setInner, key: this.state.generation });
      return h('div', { onPasteCapture: this.onPaste }, control);
    }
  };
}

function relationCollections(f: CmsField): string[] {
  if (f.widget === 'relation' && f.collection) return [f.collection];
  return (f.fields ?? []).flatMap(relationCollections);
}

// ---------------------------------------------------------------------------------------------------
// Saving: refused while the gate reports a problem.

export async function refuseWithProblems({ entry }: { entry: Imm }) {
  const collection = String(entry.get('collection') ?? '');
  const def = defOf(collection);
  if (!def) return;
  await loading.get(collection)?.catch(() => undefined);
  cache.delete(entry);
  const problems = problemsOf(entry, collection);
  if (problems.length === 0) return;
  current = { entry, collection };
  renderSummary();
  // As GOV.UK's error summary on a refused submit: shown and focused, so the editor sees what to fix.
  box?.scrollIntoView({ block: 'nearest' });
  box?.focus({ preventScroll: true });
  const list = problems.map((p) => `${labelOf(def, p.field)}${p.file.includes('/en/') ? ' (bản tiếng Anh)' : ''}: ${p.vi ?? p.message}`);
  throw new Error(`chưa lưu vì còn ${problems.length} lỗi — ${list.join(' · ')}`);
}

/** After a save, the next check reloads the collection (the saved entry is now one of "the others"). */
export function afterSave({ entry }: { entry: Imm }) {
  const collection = String(entry.get('collection') ?? '');
  loadedFor.delete(collection);
  rememberSaved(entry, collection);
}

/** The other entries of a collection as loaded for the checks (the preview draws relations from them). */
export function entriesOf(collection: string): { slug: string; vi?: Data; en?: Data }[] {
  return loaded.get(collection)?.entries ?? [];
}

/** The Vietnamese data of the entry being edited (the English preview takes the shared facts from it). */
export function currentVietnamese(collection: string): Record<string, unknown> | undefined {
  return current && current.collection === collection ? toJs(current.entry.get('data')) : undefined;
}

/**
 * Every content collection: where its files live, what their front matter must hold, and the rules
 * that span several files. The Astro loaders, the content gate and the CMS generator all read this.
 */
import type { Bilingual, Fields } from './fields.ts';
import { legalFields, legalSchema } from './legal.ts';
import { procedureFields, procedureSchema } from './procedures.ts';
import { settingsFields, settingsSchema } from './settings.ts';
import { newsAstroSchema, newsFields, newsSchema } from './news.ts';
import { programmeFields, programmeSchema } from './programme.ts';
import { eventFields, eventSchema } from './events.ts';
import type { z } from 'astro/zod';
import type { Rule } from './problems.ts';
import { legalRules } from './legal.rules.ts';
import { procedureRules } from './procedures.rules.ts';
import { newsRules } from './news.rules.ts';
import { programmeRules } from './programme.rules.ts';

export interface CollectionDef {
  /** Folder under content/, holding vi/ and en/ sub-folders. */
  folder: string;
  /** File extension: mdx for entries with a body, yaml for data. */
  extension: 'mdx' | 'yaml';
  label: Bilingual;
  fields: Fields;
  schema: z.ZodType;
  /** The body is shown under a page heading, so its headings move one level down (see bodyHeadings). */
  bodyUnderHeading?: boolean;
  /** false when no page reads entry.body (they only render it): the content store then leaves it out. */
  rawBodyRead?: boolean;
  /** A single settings file (site.yaml) rather than a folder of entries. */
  singleFile?: string;
  /**
   * The schema Astro uses, when it differs from the gate's: a collection with images swaps the image
   * path for the image() helper so astro:assets processes the file.
   */
  astroSchema?: (context: { image: () => z.ZodType }) => z.ZodType;
  /** Rules that span the collection's entries (dates in order, unique numbers…), beside the schema. */
  rules?: Rule;
}

export const collectionDefs = {
  legal: { folder: 'legal', extension: 'mdx', label: { vi: 'Văn bản pháp luật', en: 'Legal documents' }, fields: legalFields, schema: legalSchema, rules: legalRules, bodyUnderHeading: true, rawBodyRead: false },
  procedures: {
    folder: 'procedures',
    extension: 'mdx',
    label: { vi: 'Thủ tục hành chính', en: 'Procedures' },
    fields: procedureFields,
    schema: procedureSchema,
    rules: procedureRules,
  },
  settings: {
    folder: 'settings',
    extension: 'yaml',
    label: { vi: 'Cài đặt chung', en: 'Site settings' },
    fields: settingsFields,
    schema: settingsSchema,
    singleFile: 'site',
  },
  news: {
    folder: 'news',
    extension: 'mdx',
    label: { vi: 'Tin tức', en: 'News' },
    fields: newsFields,
    schema: newsSchema,
    astroSchema: newsAstroSchema,
    rules: newsRules,
  },
  programme: { folder: 'programme', extension: 'yaml', label: { vi: 'Kế hoạch cải cách hành chính', en: 'Reform programme' }, fields: programmeFields, schema: programmeSchema, rules: programmeRules },
  events: { folder: 'events', extension: 'yaml', label: { vi: 'Lịch báo cáo', en: 'Reporting calendar' }, fields: eventFields, schema: eventSchema },
} satisfies Record<string, CollectionDef>;

export type CollectionName = keyof typeof collectionDefs;

/** The file of an entry, from the repository's root, as the content gate and the CMS name it: content/legal/vi/61-2018-nd-cp.mdx. */
export const contentFileOf = (def: CollectionDef, lang: string, slug: string): string => `content/${def.folder}/${lang}/${slug}.${def.extension}`;

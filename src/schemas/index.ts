/**
 * Every content collection: where its files live, what their front matter must hold, and the rules
 * that span several files. The Astro loaders, the content gate and the CMS generator all read this.
 */
import type { Bilingual, Fields } from './fields.ts';
import { legalFields, legalSchema } from './legal.ts';
import { procedureFields, procedureSchema } from './procedures.ts';
import { settingsFields, settingsSchema } from './settings.ts';
import type { z } from 'astro/zod';

export interface CollectionDef {
  /** Folder under content/, holding vi/ and en/ sub-folders. */
  folder: string;
  /** File extension: mdx for entries with a body, yaml for data. */
  extension: 'mdx' | 'yaml';
  label: Bilingual;
  fields: Fields;
  schema: z.ZodType;
  /** A single settings file (site.yaml) rather than a folder of entries. */
  singleFile?: string;
}

export const collectionDefs = {
  legal: { folder: 'legal', extension: 'mdx', label: { vi: 'Văn bản pháp luật', en: 'Legal documents' }, fields: legalFields, schema: legalSchema },
  procedures: {
    folder: 'procedures',
    extension: 'mdx',
    label: { vi: 'Thủ tục hành chính', en: 'Procedures' },
    fields: procedureFields,
    schema: procedureSchema,
  },
  settings: {
    folder: 'settings',
    extension: 'yaml',
    label: { vi: 'Cài đặt chung', en: 'Site settings' },
    fields: settingsFields,
    schema: settingsSchema,
    singleFile: 'site',
  },
} satisfies Record<string, CollectionDef>;

export type CollectionName = keyof typeof collectionDefs;

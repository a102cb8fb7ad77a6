/**
 * Checks that need the file system: an uploaded file (a site path) must be in public/, and an image
 * beside the content (../images/x.png) must exist relative to its entry's file.
 */
import { existsSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { collectionDefs, type CollectionDef, type CollectionName } from '../../schemas/index.ts';
import type { ContentProblem, GateEntry } from '../../schemas/problems.ts';
import { fieldsOfWidget, valuesAt } from '../../schemas/rules.ts';

export function fileProblems(root: string, entries: GateEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [name, def] of Object.entries(collectionDefs) as [CollectionName, CollectionDef][]) {
    const list = entries.filter((e) => e.collection === name);
    // Uploaded files are site paths: the file must be in public/.
    for (const upload of fieldsOfWidget(def.fields, 'file')) {
      for (const e of list) {
        for (const { field, value } of valuesAt(e.data, upload.path)) {
          if (typeof value === 'string' && value.startsWith('/') && !existsSync(join(root, 'public', value))) {
            problems.push({ file: e.file, field, message: `the file ${value} does not exist (expected public${value})` });
          }
        }
      }
    }
    // Images sit beside the content (../images/x.png, relative to the entry's file): the file must exist.
    for (const image of fieldsOfWidget(def.fields, 'image')) {
      for (const e of list) {
        for (const { field, value } of valuesAt(e.data, image.path)) {
          if (typeof value === 'string' && !existsSync(join(root, dirname(e.file), value))) {
            problems.push({ file: e.file, field, message: `the image ${value} does not exist (expected ${posix.join(posix.dirname(e.file), value)})` });
          }
        }
      }
    }
  }
  return problems;
}

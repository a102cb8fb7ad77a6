/**
 * The collection lists name a choice by its label ("Còn hiệu lực"), not by the code stored in the file
 * ("con-hieu-luc"). A list row is the collection's `summary` template (src/cms/config.ts), and Decap's
 * template filters (upper, lower, date, default, ternary, truncate) cannot map a value to a label; so
 * once Decap has drawn a list, each code of a choice the summary shows is replaced by its Vietnamese
 * label in the rows' text. Only the list view is touched, and only whole " · "-separated parts that are
 * codes of that choice.
 */
import { collectionDefs, type CollectionDef } from '../src/schemas/index.ts';
import { cmsCollection } from '../src/cms/config.ts';

/** For each collection, the codes of the choices its summary shows, with their Vietnamese labels. */
const labelsByCollection = new Map<string, Map<string, string>>();
for (const [name, def] of Object.entries(collectionDefs) as [string, CollectionDef][]) {
  const summary = String(cmsCollection(name, def).summary ?? '');
  const labels = new Map<string, string>();
  for (const [, field] of summary.matchAll(/\{\{(\w+)\}\}/g)) {
    for (const [code, label] of Object.entries(def.fields[field!]?.optionLabels ?? {})) labels.set(code, label.vi);
  }
  if (labels.size) labelsByCollection.set(name, labels);
}

/** A row's text with each " · "-separated part that is a code replaced by its label. */
export function withLabels(text: string, labels: ReadonlyMap<string, string>): string {
  return text
    .split(' · ')
    .map((part) => labels.get(part.trim()) ?? part)
    .join(' · ');
}

function relabel() {
  const name = /^#\/collections\/([^/?]+)(?:\/(?:filter|groups|search)\b.*)?\/?(?:\?.*)?$/.exec(location.hash)?.[1];
  const labels = name ? labelsByCollection.get(name) : undefined;
  if (!name || !labels) return;
  for (const row of document.querySelectorAll(`a[href*="/collections/${name}/entries/"]`)) {
    const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!node.data.includes(' · ')) continue;
      const text = withLabels(node.data, labels);
      if (text !== node.data) node.data = text;
    }
  }
}

/** Keeps the lists labelled as Decap draws and redraws them. */
export function showChoiceLabels() {
  let pending = false;
  new MutationObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      relabel();
    });
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
}

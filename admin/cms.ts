/**
 * The CMS at /admin: Decap served by the site (no CDN), with the formats that keep every field and
 * make bodies safe for MDX, the site's stylesheet in the preview, and the editor components. The
 * configuration is read from /admin/config.yml, generated from src/schemas (npm run cms:config).
 *
 * Decap itself is its package's prebuilt browser build, which the site publishes as it is
 * (src/cms/decapBundle.ts explains why): it takes React from window.React and window.ReactDOM and
 * puts the CMS on window.DecapCmsApp. This module supplies React (the version that build asks for,
 * checked at build time), loads the build, then registers our parts and starts it.
 */
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import type { CMS as DecapCms } from 'decap-cms-core';
import siteCss from '../src/styles/global.css?raw';
import { collectionDefs } from '../src/schemas/index.ts';
import { fromMdx, fromYaml, toMdx, toYaml, type EntryData } from '../src/cms/format.ts';
import { MDX_FORMAT, YAML_FORMAT } from '../src/cms/names.ts';
import { note, table } from './editorComponents.ts';
import { Preview } from './preview.ts';
import { viComplete } from './locale.ts';
import { afterSave, installStyle, refuseWithProblems, withGate } from './gate.ts';
import { DayMonthYearControl, DayMonthYearPreview } from './dateControl.ts';
import { englishWithSharedFacts, rememberForSaving } from './sharedOnSave.ts';
import { showChoiceLabels } from './listLabels.ts';

declare global {
  interface Window {
    React?: typeof React;
    ReactDOM?: typeof ReactDOM;
    DecapCmsApp?: DecapCms & { default?: DecapCms };
  }
}

// Under `npm start` (astro dev) every save writes into content/, and the dev server then tells every
// open page to reload: every other CMS tab would reload and an editor's unsaved edits there ask
// "leave page?". The CMS reads content through its backend, not through the dev server, so it
// declines: the reload is redirected to a page that is not this one (Vite reloads only that page).
if (import.meta.hot) {
  import.meta.hot.on('vite:beforeFullReload', (payload: { path?: string }) => {
    payload.path = '/admin/not-this-page.html';
  });
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.append(script);
  });
}

const src = document.querySelector<HTMLLinkElement>('link[data-decap-app]')?.href;
if (!src) throw new Error('/admin: the link to Decap (link[data-decap-app]) is missing');
window.React = React;
window.ReactDOM = ReactDOM;
await loadScript(src);
const CMS = window.DecapCmsApp?.default ?? window.DecapCmsApp;
if (!CMS) throw new Error(`${src} did not define window.DecapCmsApp`);

CMS.registerLocale('vi', viComplete);
// The English file gets the facts shared with the Vietnamese one (a relation typed once lands in both).
CMS.registerCustomFormat(MDX_FORMAT, 'mdx', { fromFile: fromMdx, toFile: (data: EntryData, keys?: string[]) => toMdx(englishWithSharedFacts(data), keys) });
CMS.registerCustomFormat(YAML_FORMAT, 'yaml', { fromFile: fromYaml, toFile: (data: EntryData, keys?: string[]) => toYaml(englishWithSharedFacts(data), keys) });

// The content gate's checks on every field (admin/gate.ts), and dates written dd/mm/yyyy.
type Registered = { control: unknown; preview?: unknown };
for (const name of ['string', 'text', 'number', 'boolean', 'select', 'relation', 'list', 'object', 'markdown', 'file', 'image', 'datetime']) {
  const widget = CMS.getWidget(name) as unknown as Registered | undefined;
  if (!widget) continue;
  // The registry's own record is changed in place: registering again would drop its other options.
  widget.control = withGate((name === 'datetime' ? DayMonthYearControl : widget.control) as never, { paste: name === 'markdown' });
  if (name === 'datetime') widget.preview = DayMonthYearPreview;
}
installStyle();
CMS.registerEventListener({
  name: 'preSave',
  handler: (async (event: { entry: never }) => {
    await refuseWithProblems(event);
    rememberForSaving(event.entry);
  }) as never,
});
CMS.registerEventListener({ name: 'prePublish', handler: refuseWithProblems as never });
CMS.registerEventListener({ name: 'postSave', handler: afterSave as never });
CMS.registerEditorComponent(note);
CMS.registerEditorComponent(table);
CMS.registerPreviewStyle(siteCss, { raw: true });
for (const name of Object.keys(collectionDefs)) CMS.registerPreviewTemplate(name, Preview);
CMS.init();
// The lists name a choice by its label ("Còn hiệu lực"), not its code.
showChoiceLabels();

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
import { fromMdx, fromYaml, toMdx, toYaml } from '../src/cms/format.ts';
import { MDX_FORMAT, YAML_FORMAT } from '../src/cms/names.ts';
import { note } from './editorComponents.ts';
import { Preview } from './preview.ts';
import { viComplete } from './locale.ts';

declare global {
  interface Window {
    React?: typeof React;
    ReactDOM?: typeof ReactDOM;
    DecapCmsApp?: DecapCms & { default?: DecapCms };
  }
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
CMS.registerCustomFormat(MDX_FORMAT, 'mdx', { fromFile: fromMdx, toFile: toMdx });
CMS.registerCustomFormat(YAML_FORMAT, 'yaml', { fromFile: fromYaml, toFile: toYaml });
CMS.registerEditorComponent(note);
CMS.registerPreviewStyle(siteCss, { raw: true });
for (const name of Object.keys(collectionDefs)) CMS.registerPreviewTemplate(name, Preview);
CMS.init();

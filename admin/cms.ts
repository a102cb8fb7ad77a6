/**
 * The CMS at /admin: Decap bundled into the site (no CDN), with the formats that keep every field and
 * make bodies safe for MDX, the site's stylesheet in the preview, and the editor components. The
 * configuration is read from /admin/config.yml, generated from src/schemas (npm run cms:config).
 */
import CMS from 'decap-cms-app';
import siteCss from '../src/styles/global.css?raw';
import { collectionDefs } from '../src/schemas/index.ts';
import { fromMdx, fromYaml, toMdx, toYaml } from '../src/lib/cmsFormat.ts';
import { MDX_FORMAT, YAML_FORMAT } from '../src/lib/cmsNames.ts';
import { note } from './editorComponents.ts';
import { Preview } from './preview.ts';
import { viComplete } from './locale.ts';

CMS.registerLocale('vi', viComplete);
CMS.registerCustomFormat(MDX_FORMAT, 'mdx', { fromFile: fromMdx, toFile: toMdx });
CMS.registerCustomFormat(YAML_FORMAT, 'yaml', { fromFile: fromYaml, toFile: toYaml });
CMS.registerEditorComponent(note);
CMS.registerPreviewStyle(siteCss, { raw: true });
for (const name of Object.keys(collectionDefs)) CMS.registerPreviewTemplate(name, Preview);
CMS.init();

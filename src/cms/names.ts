/** Names shared by the CMS configuration generator and the CMS entry (admin/cms.ts). */
export const MDX_FORMAT = 'heza-mdx';
export const YAML_FORMAT = 'heza-yaml';
/** Components editors may insert into a body (admin/editorComponents.ts, plus Decap's image). */
export const editorComponents = ['note', 'table', 'image'];

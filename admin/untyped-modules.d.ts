// Packages the CMS page imports that ship no type declarations.

// admin/locale.ts reads one locale's phrases.
declare module 'decap-cms-locales' {
  export const vi: Record<string, unknown>;
}

// admin/cms.ts only hands react-dom to Decap's browser build (as window.ReactDOM); it calls nothing in it.
declare module 'react-dom' {
  const reactDom: Record<string, unknown>;
  export = reactDom;
}

// admin/paste.ts: the GFM tables rule for turndown (the package ships no declarations).
declare module 'turndown-plugin-gfm' {
  import type TurndownService from 'turndown';
  export const tables: TurndownService.Plugin;
  export const gfm: TurndownService.Plugin;
}

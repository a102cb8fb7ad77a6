// decap-cms-locales ships no type declarations; admin/locale.ts reads one locale's phrases.
declare module 'decap-cms-locales' {
  export const vi: Record<string, unknown>;
}

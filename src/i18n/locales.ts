/**
 * The one map of locales. Astro config, routes, the CMS generator and the tests all read it.
 * Vietnamese is the default language; English is the second.
 */
export const locales = {
  vi: { label: 'Tiếng Việt', htmlLang: 'vi', intl: 'vi-VN', ogLocale: 'vi_VN' },
  en: { label: 'English', htmlLang: 'en', intl: 'en-GB', ogLocale: 'en_GB' },
} as const;

export type Lang = keyof typeof locales;
export const defaultLang: Lang = 'vi';
export const langs = Object.keys(locales) as Lang[];
export const otherLang = (lang: Lang): Lang => (lang === 'vi' ? 'en' : 'vi');
export const isLang = (value: unknown): value is Lang => typeof value === 'string' && value in locales;

/** Every date on the portal is a calendar date in Việt Nam. */
export const timeZone = 'Asia/Ho_Chi_Minh';

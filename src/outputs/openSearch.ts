/**
 * OpenSearch description document (https://github.com/dewitt/opensearch) for one language, so a browser
 * can add the portal as a search engine. Searches go to the language's search page: ?q={searchTerms}.
 */
import { locales, type Lang } from '../i18n/locales.ts';
import { pageUrl } from '../i18n/routes.ts';
import { t } from '../i18n/ui.ts';
import { escapeXml } from './xml.ts';


/** The path of a language's description document: /vi/opensearch.xml */
export const openSearchPath = (lang: Lang) => `/${lang}/opensearch.xml`;

export function openSearchXml(lang: Lang, site: URL): string {
  const search = new URL(pageUrl(lang, 'search'), site).href;
  const home = new URL(pageUrl(lang, 'home'), site).href;
  return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${escapeXml(t(lang, 'quality.openSearchName'))}</ShortName>
  <Description>${escapeXml(t(lang, 'quality.openSearchDescription'))}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>${locales[lang].htmlLang}</Language>
  <Image height="16" width="16" type="image/svg+xml">${escapeXml(new URL('/favicon.svg', site).href)}</Image>
  <Url type="text/html" method="get" template="${escapeXml(search)}?q={searchTerms}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${escapeXml(new URL(openSearchPath(lang), site).href)}"/>
  <moz:SearchForm>${escapeXml(home)}</moz:SearchForm>
</OpenSearchDescription>
`;
}

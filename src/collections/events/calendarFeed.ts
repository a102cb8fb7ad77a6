/** The iCalendar (.ics) feed of a language's reporting calendar, from content/events. */
import type { Lang } from '../../i18n/locales.ts';
import { pageUrl } from '../../i18n/routes.ts';
import { t } from '../../i18n/ui.ts';
import { buildCalendar } from '../../outputs/ical.ts';
import { loadEvents, loadSettings } from '../query.ts';
import { eventKindLabels } from '../../schemas/events.ts';

export async function calendarFeed(lang: Lang, site: URL): Promise<Response> {
  const settings = await loadSettings(lang);
  const events = await loadEvents(lang);
  const pageHref = new URL(pageUrl(lang, 'calendar'), site).href;
  const body = buildCalendar({
    prodId: `-//${site.hostname}//${t('en', 'calendar.title')}//${lang.toUpperCase()}`,
    name: t(lang, 'calendar.icsName', { name: settings.authorityShortName }),
    description: t(lang, 'calendar.lead'),
    generated: new Date(),
    events: events.map((e) => ({
      // Stable across builds and distinct per language: a subscribed calendar updates events in place.
      uid: `${e.slug}-${lang}@${site.hostname}`,
      date: e.data.date,
      summary: e.data.title,
      description: [e.data.description, e.data.audience ? `${t(lang, 'calendar.who')}: ${e.data.audience}` : ''].filter(Boolean).join('\n'),
      url: `${pageHref}#${e.slug}`,
      categories: [eventKindLabels[e.data.kind][lang]],
    })),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

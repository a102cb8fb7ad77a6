import type { Section } from './routes.ts';
import type { UiKey } from './ui.ts';

/** The main navigation, in order. A section is listed here once its pages exist. */
export const mainNav: { section: Section; key: UiKey }[] = [
  { section: 'home', key: 'nav.home' },
  { section: 'legal', key: 'nav.legal' },
  { section: 'procedures', key: 'nav.procedures' },
  { section: 'oneStop', key: 'nav.oneStop' },
  { section: 'news', key: 'nav.news' },
  { section: 'programme', key: 'nav.programme' },
  { section: 'calendar', key: 'nav.calendar' },
  { section: 'feedback', key: 'nav.feedback' },
];

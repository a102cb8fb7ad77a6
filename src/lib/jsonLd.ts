/**
 * Serialises JSON-LD for an inline data block: "<" is escaped so that no text in content can close the
 * script element, and the two line separators JavaScript once treated as line ends are escaped too.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The body that publishes a page or organises an event, as the site settings name it. */
export interface Publisher {
  name: string;
  url: string;
  address?: string;
}

export const organisation = (p: Publisher) => ({ '@type': 'GovernmentOrganization', name: p.name, url: p.url });

/**
 * A small validator of the schema.org JSON-LD the portal emits: for each type used, the properties it must
 * have (errors) and those search engines and reusers expect (warnings), value formats (ISO 8601 dates and
 * durations, absolute URLs, enumeration members), recursively through nested typed objects. A type it does
 * not know is an error, so a new type cannot slip through unchecked: add its rule here.
 * Ours: the maintained checkers (Google's Rich Results Test, the Schema Markup Validator) are online
 * services, which a build test cannot call; `schema-dts` gives types, not checks of values.
 */

export interface JsonLdReport {
  errors: string[];
  warnings: string[];
}

type Json = Record<string, unknown>;

interface TypeRule {
  required: string[];
  expected?: string[];
  /** Extra checks; push messages to errors. */
  check?: (node: Json, path: string, errors: string[]) => void;
}

const isoDate = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const isoDuration = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const dateProps = ['legislationDate', 'legislationDateVersion', 'datePublished', 'dateModified', 'dateCreated', 'startDate', 'endDate', 'expires', 'validFrom', 'validThrough', 'uploadDate'];
const urlProps = ['url', '@id', 'item', 'serviceUrl', 'sameAs', 'mainEntityOfPage', 'isBasedOn', 'logo', 'image', 'contentUrl'];
const durationProps = ['processingTime', 'duration', 'timeRequired'];
const legalForce = ['InForce', 'NotInForce', 'PartiallyInForce'].map((v) => `https://schema.org/${v}`);
const eventStatus = ['EventScheduled', 'EventCancelled', 'EventMovedOnline', 'EventPostponed', 'EventRescheduled'].map((v) => `https://schema.org/${v}`);
const attendanceMode = ['OfflineEventAttendanceMode', 'OnlineEventAttendanceMode', 'MixedEventAttendanceMode'].map((v) => `https://schema.org/${v}`);

const isAbsoluteUrl = (v: unknown) => {
  if (typeof v !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
};

const organization: TypeRule = { required: ['name'], expected: ['url'] };
const place: TypeRule = { required: ['name'], expected: ['address'] };

export const jsonLdRules: Record<string, TypeRule> = {
  Legislation: {
    required: ['name', 'url', 'legislationIdentifier', 'legislationDate', 'inLanguage'],
    expected: ['legislationType', 'legislationPassedBy', 'legislationJurisdiction', 'abstract'],
    check: (n, path, errors) => {
      if (n.legislationLegalForce !== undefined && !legalForce.includes(n.legislationLegalForce as string)) errors.push(`${path}.legislationLegalForce: "${String(n.legislationLegalForce)}" is not a LegalForceStatus`);
    },
  },
  GovernmentService: {
    required: ['name', 'url', 'provider'],
    expected: ['description', 'serviceType', 'areaServed', 'availableChannel', 'audience'],
    check: (n, path, errors) => {
      for (const [i, c] of asArray(n.availableChannel).entries()) if (typeOf(c) !== 'ServiceChannel') errors.push(`${path}.availableChannel[${i}]: must be a ServiceChannel`);
    },
  },
  ServiceChannel: { required: ['name'], expected: [] },
  NewsArticle: {
    required: ['headline', 'datePublished', 'url', 'inLanguage'],
    expected: ['dateModified', 'author', 'publisher', 'description', 'mainEntityOfPage'],
    check: (n, path, errors) => {
      if (typeof n.headline === 'string' && n.headline.length > 110) errors.push(`${path}.headline: ${n.headline.length} characters (at most 110)`);
    },
  },
  Event: {
    required: ['name', 'startDate'],
    expected: ['location', 'endDate', 'eventStatus', 'organizer', 'description', 'url'],
    check: (n, path, errors) => {
      if (n.eventStatus !== undefined && !eventStatus.includes(n.eventStatus as string)) errors.push(`${path}.eventStatus: "${String(n.eventStatus)}" is not an EventStatusType`);
      if (n.eventAttendanceMode !== undefined && !attendanceMode.includes(n.eventAttendanceMode as string)) errors.push(`${path}.eventAttendanceMode: "${String(n.eventAttendanceMode)}" is not an EventAttendanceModeEnumeration`);
      if (typeof n.startDate === 'string' && typeof n.endDate === 'string' && n.endDate < n.startDate) errors.push(`${path}.endDate: before startDate`);
    },
  },
  BreadcrumbList: {
    required: ['itemListElement'],
    check: (n, path, errors) => {
      const items = asArray(n.itemListElement);
      if (items.length === 0) errors.push(`${path}.itemListElement: empty`);
      items.forEach((item, i) => {
        const it = item as Json;
        if (typeOf(it) !== 'ListItem') errors.push(`${path}.itemListElement[${i}]: must be a ListItem`);
        if (it.position !== i + 1) errors.push(`${path}.itemListElement[${i}].position: ${String(it.position)}, expected ${i + 1}`);
        if (i < items.length - 1 && !it.item) errors.push(`${path}.itemListElement[${i}].item: missing (only the last crumb may omit it)`);
      });
    },
  },
  ListItem: { required: ['position', 'name'] },
  ItemList: { required: ['itemListElement'] },
  GovernmentOrganization: organization,
  Organization: organization,
  AdministrativeArea: { required: ['name'] },
  Place: place,
  PostalAddress: { required: [], expected: ['streetAddress'] },
  ContactPoint: { required: [], expected: ['telephone'] },
  Audience: { required: ['audienceType'] },
  WebSite: { required: ['name', 'url'] },
  WebPage: { required: ['name', 'url'] },
  CollectionPage: { required: ['name', 'url'] },
  VirtualLocation: { required: ['url'] },
  Person: { required: ['name'] },
  ImageObject: { required: ['url'] },
  DigitalDocument: { required: ['name', 'url'] },
  MediaObject: { required: ['contentUrl'] },
};

function asArray(v: unknown): unknown[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function typeOf(v: unknown): string | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const t = (v as Json)['@type'];
  return Array.isArray(t) ? String(t[0]) : typeof t === 'string' ? t : undefined;
}

const empty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

function validateNode(node: Json, path: string, report: JsonLdReport): void {
  const type = typeOf(node);
  if (!type) {
    // A bare reference ({ "@id": url }) to a node described elsewhere needs no type.
    const keys = Object.keys(node);
    if (keys.length === 1 && keys[0] === '@id') {
      if (!isAbsoluteUrl(node['@id'])) report.errors.push(`${path}.@id: "${String(node['@id'])}" is not an absolute URL`);
      return;
    }
    report.errors.push(`${path}: no @type`);
    return;
  }
  const rule = jsonLdRules[type];
  if (!rule) report.errors.push(`${path}: @type "${type}" has no rule in tests/helpers/validateJsonLd.ts`);
  for (const p of rule?.required ?? []) if (empty(node[p])) report.errors.push(`${path} (${type}): required property "${p}" is missing`);
  for (const p of rule?.expected ?? []) if (empty(node[p])) report.warnings.push(`${path} (${type}): expected property "${p}" is missing`);
  rule?.check?.(node, `${path}`, report.errors);
  for (const [key, value] of Object.entries(node)) {
    // An empty list or text says nothing and reads as "none" to some consumers: leave the property out.
    if (Array.isArray(value) && value.length === 0) report.errors.push(`${path}.${key}: empty list (leave the property out)`);
    for (const [i, v] of asArray(value).entries()) {
      const at = Array.isArray(value) ? `${path}.${key}[${i}]` : `${path}.${key}`;
      if (v && typeof v === 'object') {
        validateNode(v as Json, at, report);
        continue;
      }
      if (dateProps.includes(key) && !(typeof v === 'string' && isoDate.test(v))) report.errors.push(`${at}: "${String(v)}" is not an ISO 8601 date`);
      if (urlProps.includes(key) && !isAbsoluteUrl(v)) report.errors.push(`${at}: "${String(v)}" is not an absolute URL`);
      if (durationProps.includes(key) && !(typeof v === 'string' && isoDuration.test(v))) report.errors.push(`${at}: "${String(v)}" is not an ISO 8601 duration`);
      if (key === 'inLanguage' && !(typeof v === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(v))) report.errors.push(`${at}: "${String(v)}" is not a BCP 47 language tag`);
    }
  }
}

/** Validates one JSON-LD block (an object, an array of them, or an @graph). */
export function validateJsonLd(block: unknown): JsonLdReport {
  const report: JsonLdReport = { errors: [], warnings: [] };
  const roots = Array.isArray(block) ? block : [block];
  roots.forEach((root, i) => {
    const path = Array.isArray(block) ? `[${i}]` : '$';
    if (!root || typeof root !== 'object') {
      report.errors.push(`${path}: not an object`);
      return;
    }
    const r = root as Json;
    const context = r['@context'];
    if (context !== 'https://schema.org' && context !== 'https://schema.org/' && context !== 'http://schema.org') report.errors.push(`${path}.@context: must be https://schema.org`);
    const graph = r['@graph'];
    if (Array.isArray(graph)) graph.forEach((g, j) => validateNode(g as Json, `${path}.@graph[${j}]`, report));
    else validateNode(r, path, report);
  });
  return report;
}

/**
 * Finds sample (unconfirmed) contact values published without their flag. In HTML, every element whose
 * text or attribute holds such a value must sit inside an element marked data-unconfirmed; a JSON-LD
 * block must not hold it at all. In any other text file (open data, feeds, calendars, sitemaps) it must
 * not appear.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { searchForms } from '../../src/schemas/settings.contacts.ts';
import type { ContactField } from '../../src/schemas/settings.ts';

export interface SampleValue {
  field: ContactField;
  value: string;
}

const formsOf = (values: SampleValue[]) => values.flatMap((v) => searchForms(v.field, v.value).map((form) => ({ field: v.field, form })));
const squash = (s: string) => s.replace(/\s+/g, ' ');

/** Problems in one HTML document: "<field> “<form>” in <where>". */
export function unflaggedInHtml(html: string, values: SampleValue[]): string[] {
  const doc = parse(html, { comment: false });
  const forms = formsOf(values);
  const problems: string[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    for (const { field, form } of forms) if (script.textContent.includes(form)) problems.push(`${field} “${form}” in a JSON-LD block`);
    script.remove();
  }
  const elements = doc.querySelectorAll('*');
  const textNodes: { text: string; parent: HTMLElement }[] = [];
  const collect = (el: HTMLElement) => {
    for (const c of el.childNodes) {
      if (c.nodeType === 3) textNodes.push({ text: squash(c.text), parent: el });
      else if (c.nodeType === 1) collect(c as HTMLElement);
    }
  };
  collect(doc);
  const whole = squash(doc.textContent);
  for (const { field, form } of forms) {
    const needle = squash(form);
    for (const el of elements) {
      for (const [name, value] of Object.entries(el.attributes)) {
        if (squash(decodeURIComponentSafe(value)).includes(needle) && !el.closest('[data-unconfirmed]')) {
          problems.push(`${field} “${form}” in the ${name} of <${el.tagName.toLowerCase()}>`);
        }
      }
    }
    const holding = textNodes.filter((n) => n.text.includes(needle));
    for (const n of holding) {
      if (!n.parent.closest('[data-unconfirmed]')) problems.push(`${field} “${form}” in <${n.parent.tagName.toLowerCase()}> “${n.text.trim().slice(0, 80)}”`);
    }
    // A value split over several elements cannot be checked piece by piece: report it.
    if (holding.length === 0 && whole.includes(needle)) problems.push(`${field} “${form}” split across elements`);
  }
  return problems;
}

/** Problems in a file that is not HTML: any sample value at all. */
export function sampleValuesInText(text: string, values: SampleValue[]): string[] {
  return formsOf(values)
    .filter(({ form }) => text.includes(form))
    .map(({ field, form }) => `${field} “${form}”`);
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

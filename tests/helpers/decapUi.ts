/**
 * Driving Decap's editor as an editor would: the Vietnamese pane on the left, the English one on the
 * right, fields found by their name, options chosen by their visible (Vietnamese) label.
 */
import type { Locator, Page } from 'playwright-core';

export function pane(page: Page, lang: 'vi' | 'en'): Locator {
  return page.locator(lang === 'vi' ? '.Pane1' : '.Pane2');
}

/** The control of a field; `within` narrows to a list item or a nested group. */
export function control(scope: Locator, name: string): Locator {
  return scope.locator(`[id^="${name}-field-"]`).first();
}

/** A select, multi-select or relation widget (react-select): type part of the label, pick the option. */
export async function choose(page: Page, scope: Locator, name: string, label: string) {
  const input = control(scope, name);
  await input.click();
  await input.fill(label);
  const option = page.locator('[class*="option"]', { hasText: label }).first();
  await option.waitFor({ state: 'visible', timeout: 15_000 });
  await option.click();
}

/** The rich-text body editor of a pane. */
export function bodyEditor(scope: Locator): Locator {
  return scope.locator('[aria-label="markdown field"] [contenteditable="true"]').first();
}

export async function publishNow(page: Page) {
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  await page.getByText('Công bố ngay', { exact: true }).click();
  // The "entry saved" notice. (The header's "changes saved" is not reliable: Decap marks some forms,
  // e.g. with a relation widget, as changed again right after loading the saved entry.)
  await page
    .getByText('Mục đã được lưu')
    .first()
    .waitFor({ timeout: 30_000 })
    .catch(async (e: unknown) => {
      // Say which fields Decap refused, rather than only that saving did not finish.
      const refused = await page.locator('[class*="ControlErrorsList"] li, [class*="ErrorsList"] li').allInnerTexts();
      const labels = await page
        .locator('[class*="ControlContainer"]', { has: page.locator('[class*="ErrorsList"] li') })
        .locator('label')
        .allInnerTexts();
      await page.screenshot({ path: '/tmp/shots/cms/fail-publish.png', fullPage: true }).catch(() => {});
      const toasts = await page.locator('[class*="toast" i], [role="alert"]').allInnerTexts();
      labels.push(...toasts);
      // The content gate's summary (admin/gate.ts) names every problem.
      labels.push(...(await page.locator('.heza-gate').allInnerTexts()));
      throw new Error(`saving did not finish (${String(e)}); refused fields: ${JSON.stringify(labels)} ${JSON.stringify(refused)}`);
    });
  // A new entry's editor moves to the saved entry's address; wait for it, or a next navigation races it.
  await page.waitForURL(/#\/collections\/[^/]+\/entries\//, { timeout: 30_000 });
}

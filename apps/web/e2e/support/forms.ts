import type { Locator, Page } from 'playwright-core';

/** What a person enters, by each field's visible label: text to type, an option of a <select> (its value), or a checkbox ticked or not. */
export type FormValues = Record<string, string | boolean>;

/** Fills a form by its labels (matched exactly), in the order given, the way a person would. */
export async function fillForm(scope: Page | Locator, values: FormValues): Promise<void> {
  for (const [label, value] of Object.entries(values)) {
    const field = scope.getByLabel(label, { exact: true });
    if (typeof value === 'boolean') await field.setChecked(value);
    else if ((await field.evaluate((element) => element.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
}

// Opens the app and gets past the data-protection screens (issue 5) when they are there: the
// first-launch setup (passphrase twice, "I understood", create) or the unlock screen. Returns
// once the case list is on screen. Shared by the end-to-end tests.
import type { Page } from 'playwright-core';

export const E2E_PASSPHRASE = 'girafe lanterne poivron velours 1987';

export async function enterApp(page: Page, url: string, passphrase = E2E_PASSPHRASE) {
  await page.goto(url);
  const caseList = page.getByRole('heading', { name: 'Personnes accompagnées' });
  const setup = page.getByRole('button', { name: 'Créer le coffre' });
  const unlock = page.getByRole('button', { name: 'Déverrouiller' });
  await caseList.or(setup).or(unlock).first().waitFor({ timeout: 30_000 });
  if (await setup.isVisible()) {
    await page.getByLabel('Phrase secrète', { exact: true }).fill(passphrase);
    await page.getByLabel('Confirmer la phrase secrète', { exact: true }).fill(passphrase);
    await page.getByLabel('J’ai compris', { exact: false }).check();
    await setup.click();
  } else if (await unlock.isVisible()) {
    await page.getByLabel('Phrase secrète', { exact: true }).fill(passphrase);
    await unlock.click();
  }
  await caseList.waitFor({ timeout: 30_000 });
}

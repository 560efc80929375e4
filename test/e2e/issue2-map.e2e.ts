// Issue 2's story end to end, in the built app over the real store: create a case, open it,
// add people and organisations, link two of them, drag one, close the app, start it again and
// find everything where it was. No request ever leaves the app's own origin.
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  openBrowser,
  startApp,
  tempDataDir,
  type BrowserSession,
  type RunningApp,
} from './harness';
import { enterApp } from './enter-app';
import { actorOnScreen, drag } from './map-drag';

type PageGlobals = { __maillage?: { cy: Core } };

interface NodeState {
  label: string;
  x: number;
  y: number;
}

async function nodes(page: Page): Promise<NodeState[]> {
  return page.evaluate(() =>
    ((globalThis as unknown as PageGlobals).__maillage?.cy.nodes() ?? []).map((n) => ({
      label: String(n.data('label')),
      x: Math.round(n.position('x')),
      y: Math.round(n.position('y')),
    })),
  );
}

async function addActor(page: Page, name: string, role: string, kind: string, sphere: string) {
  const form = page.getByRole('form', { name: 'Une personne ou une structure' });
  await form.getByLabel('Nom', { exact: true }).fill(name);
  await form.getByLabel('C’est…').selectOption({ label: kind });
  await form.getByLabel('Rôle', { exact: true }).fill(role);
  await form.getByLabel('Réseau', { exact: true }).selectOption({ label: sphere });
  await form.getByRole('button', { name: 'Ajouter à la carte' }).click();
  await form.getByRole('status').filter({ hasText: name }).waitFor();
}

async function addTie(page: Page, from: string, to: string, quality: string) {
  await page.getByRole('button', { name: 'Un lien entre deux acteurs' }).click();
  const tieForm = page.getByRole('form', { name: 'Un lien entre deux acteurs' });
  await tieForm.getByLabel('De', { exact: true }).selectOption({ label: from });
  await tieForm.getByLabel('À', { exact: true }).selectOption({ label: to });
  await tieForm.getByLabel('Qualité du lien').selectOption({ label: quality });
  await tieForm.getByRole('button', { name: 'Relier' }).click();
  await tieForm.getByRole('status').filter({ hasText: 'Lien ajouté' }).last().waitFor();
}

async function openLina(page: Page) {
  const card = page.getByRole('listitem', { name: 'Lina' });
  await card.getByText('4 acteurs · 7 liens').waitFor();
  await card.getByRole('button', { name: 'Ouvrir l’écocarte de Lina' }).click();
  await page.getByRole('heading', { name: 'Écocarte de Lina' }).waitFor();
  await page.waitForFunction(
    () => ((globalThis as unknown as PageGlobals).__maillage?.cy.nodes().length ?? 0) === 5,
  );
}

async function edgeCount(page: Page) {
  return page.evaluate(() => (globalThis as unknown as PageGlobals).__maillage?.cy.edges().length);
}

const VIEWPORT = { width: 1440, height: 1000 };

const byLabel = (list: NodeState[]) => [...list].sort((a, b) => a.label.localeCompare(b.label));

describe('issue 2: the ecomap survives a reload, a restart and a crash', () => {
  const dataDir = tempDataDir();
  let app: RunningApp | undefined;
  let session: BrowserSession | undefined;

  afterAll(async () => {
    await session?.close();
    await app?.stop();
  });

  it('keeps cases, actors, ties and dragged positions', async () => {
    app = await startApp(dataDir);
    session = await openBrowser(() => app!.origin, VIEWPORT);
    let page = session.page;
    await enterApp(page, app.url);
    expect(new URL(page.url()).hash).toBe('');

    await page.getByLabel('Pseudonyme').fill('Lina');
    await page.getByLabel('Année de naissance').fill('2009');
    await page.getByLabel('Éducateur ou éducatrice référent·e').fill('M. Durand');
    await page.getByRole('button', { name: 'Créer la fiche' }).click();
    await page.getByRole('button', { name: 'Ouvrir l’écocarte de Lina' }).click();
    await page.getByRole('heading', { name: 'Écocarte de Lina' }).waitFor();

    await addActor(page, 'Samia', 'mère', 'Personne', 'Réseau primaire');
    await addActor(page, 'Collège', 'CPE', 'Organisation', 'Réseau secondaire formel');
    await addActor(page, 'Karim', 'père', 'Personne', 'Réseau primaire');
    await addActor(
      page,
      'Club de foot',
      'entraîneur',
      'Organisation',
      'Réseau secondaire informel',
    );
    await addTie(page, 'Samia (mère)', 'Collège (CPE)', 'Conflictuel');
    await addTie(page, 'Karim (père)', 'Samia (mère)', 'Stressant');
    await addTie(page, 'Club de foot (entraîneur)', 'Karim (père)', 'Soutenant');

    // Drag Samia a little to the right, within her ring: one gesture, one map.applyEdits call.
    const samiaStart = (await nodes(page)).find((n) => n.label.startsWith('Samia'))!;
    const from = await actorOnScreen(page, 'Samia');
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/map.applyEdits'));
    await drag(page, from, { x: from.x + 25, y: from.y + 6 });
    expect((await (await saved).json()) as unknown).toMatchObject({ ok: true });
    await page
      .locator('.save-state [role="status"]')
      .filter({ hasText: /^Enregistré$/ })
      .waitFor();
    const before = await nodes(page);
    const samiaBefore = before.find((n) => n.label.startsWith('Samia'))!;
    expect(samiaBefore.x).not.toBe(samiaStart.x);

    // Reload the page: everything is there.
    await page.reload();
    await enterApp(page, app.url);
    await openLina(page);
    expect(byLabel(await nodes(page))).toEqual(byLabel(before));
    expect(await edgeCount(page)).toBe(7);
    expect(session.foreignRequests()).toEqual([]);
    await session.close();

    // Kill the server as a crash or a power cut would, and start it again on the same folder.
    await app.kill();
    app = await startApp(dataDir);
    session = await openBrowser(() => app!.origin, VIEWPORT);
    page = session.page;
    await enterApp(page, app.url);
    await openLina(page);
    expect(byLabel(await nodes(page))).toEqual(byLabel(before));
    expect(await edgeCount(page)).toBe(7);
    expect(session.foreignRequests()).toEqual([]);
    await session.close();
    session = undefined;

    // Ctrl-C stops it cleanly.
    expect(await app.stop()).toBe(0);
    app = undefined;
  });
});

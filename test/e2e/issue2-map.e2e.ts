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

describe('issue 2: the ecomap survives a restart', () => {
  const dataDir = tempDataDir();
  let app: RunningApp | undefined;
  let session: BrowserSession | undefined;

  afterAll(async () => {
    await session?.close();
    await app?.stop();
  });

  it('keeps cases, actors, ties and dragged positions', async () => {
    app = await startApp(dataDir);
    session = await openBrowser(() => app!.origin);
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
    await page.getByRole('button', { name: 'Un lien entre deux acteurs' }).click();
    const tieForm = page.getByRole('form', { name: 'Un lien entre deux acteurs' });
    await tieForm.getByLabel('De', { exact: true }).selectOption({ label: 'Samia (mère)' });
    await tieForm.getByLabel('À', { exact: true }).selectOption({ label: 'Collège (CPE)' });
    await tieForm.getByLabel('Qualité du lien').selectOption({ label: 'Conflictuel' });
    await tieForm.getByRole('button', { name: 'Relier' }).click();
    await tieForm.getByRole('status').filter({ hasText: 'Lien ajouté' }).waitFor();

    // Drag Samia 120 px to the right on screen.
    const from = await page.evaluate(() => {
      const cy = (globalThis as unknown as PageGlobals).__maillage!.cy;
      const node = cy.nodes().filter((n) => String(n.data('label')).startsWith('Samia'));
      const box = cy.container()!.getBoundingClientRect();
      const at = node.renderedPosition();
      return { x: box.left + at.x, y: box.top + at.y };
    });
    // A drag is one gesture: one map.applyEdits call (issue 3's undoable edits).
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/map.applyEdits'));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let step = 1; step <= 6; step++) await page.mouse.move(from.x + step * 20, from.y);
    await page.mouse.up();
    expect((await (await saved).json()) as unknown).toMatchObject({ ok: true });
    await page
      .locator('.save-state [role="status"]')
      .filter({ hasText: /^Enregistré$/ })
      .waitFor();
    // A drop is brought inside its ring and sector (issue 3): let the actor glide there.
    await page.waitForTimeout(600);
    const before = await nodes(page);
    const samiaBefore = before.find((n) => n.label.startsWith('Samia'))!;
    expect(samiaBefore.x).toBeGreaterThan(40);

    expect(await app.stop()).toBe(0);
    await session.close();

    app = await startApp(dataDir);
    session = await openBrowser(() => app!.origin);
    page = session.page;
    await enterApp(page, app.url);
    const card = page.getByRole('listitem', { name: 'Lina' });
    await card.getByText('2 acteurs · 3 liens').waitFor();
    await card.getByRole('button', { name: 'Ouvrir l’écocarte de Lina' }).click();
    await page.getByRole('heading', { name: 'Écocarte de Lina' }).waitFor();
    await page.waitForFunction(
      () => ((globalThis as unknown as PageGlobals).__maillage?.cy.nodes().length ?? 0) === 3,
    );
    const after = await nodes(page);
    expect(after.sort((a, b) => a.label.localeCompare(b.label))).toEqual(
      before.sort((a, b) => a.label.localeCompare(b.label)),
    );
    const edges = await page.evaluate(
      () => (globalThis as unknown as PageGlobals).__maillage?.cy.edges().length,
    );
    expect(edges).toBe(3);
    expect(session.foreignRequests()).toEqual([]);
  });
});

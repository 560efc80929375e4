// Issue 3's map, end to end over the real store: dragging an actor to another ring changes the
// closeness of their tie to the person, to another sector their sphere, and an actor without a
// tie gets one; one undo puts all of it back; the new place survives a reload.
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { MaillageApi } from '../../shared/api/contract';
import type { MapData } from '../../shared/model';
import { appApi } from './app-api';
import { enterApp } from './enter-app';
import {
  openBrowser,
  startApp,
  tempDataDir,
  type BrowserSession,
  type RunningApp,
} from './harness';
import { actorOnScreen, drag, mapPointOnScreen } from './map-drag';

type PageGlobals = { __maillage?: { cy: Core } };

/** The middle of the inner ring and of the middle ring, in map units (layout/geometry.ts). */
const INNER = 110;
const MIDDLE = 210;

async function seed(api: MaillageApi): Promise<{ caseId: string; mapId: string; egoId: string }> {
  const summary = await api['cases.create']({ pseudonym: 'Nora', birthYear: 2010 });
  const map = await api['map.load']({ caseId: summary.id });
  const egoId = map.actors.find((a) => a.isEgo)!.id;
  const actor = (name: string, sphere: 'primary' | 'informal_secondary' | 'formal_secondary') => ({
    id: globalThis.crypto.randomUUID(),
    kind: 'person' as const,
    name,
    roleLabel: '',
    sphere,
    domain: sphere === 'primary' ? ('family' as const) : ('leisure' as const),
    notes: '',
    placedBy: 'young_person' as const,
  });
  const samia = actor('Samia', 'primary');
  const malik = actor('Malik', 'primary');
  await api['map.applyEdits']({
    mapId: summary.currentMapId,
    upsertActors: [samia, malik],
    upsertTies: [
      {
        id: globalThis.crypto.randomUUID(),
        sourceId: egoId,
        targetId: samia.id,
        closeness: 2,
        valence: 'supportive',
        supportForward: [],
        supportBackward: [],
        frequency: null,
        knownSinceYear: null,
        critical: null,
        notes: '',
      },
    ],
    // Samia in the outer ring of the primary sector; Malik, not tied, beyond the rings.
    placements: [
      { actorId: samia.id, x: 0, y: -297 },
      { actorId: malik.id, x: -150, y: -360 },
    ],
  });
  return { caseId: summary.id, mapId: summary.currentMapId, egoId };
}

function tieTo(data: MapData, name: string) {
  const ego = data.actors.find((a) => a.isEgo)!;
  const actor = data.actors.find((a) => a.name === name)!;
  const ties = data.ties.filter(
    (t) =>
      (t.sourceId === ego.id && t.targetId === actor.id) ||
      (t.targetId === ego.id && t.sourceId === actor.id),
  );
  return { actor, ties };
}

async function saved(page: Page) {
  await page.getByText('Enregistré', { exact: true }).waitFor();
}

describe('issue 3: the rings and sectors of the map', () => {
  const dataDir = tempDataDir();
  let app: RunningApp | undefined;
  let session: BrowserSession | undefined;

  afterAll(async () => {
    await session?.close();
    await app?.stop();
  });

  it('drag to a ring changes closeness in the store, to a sector the sphere', async () => {
    app = await startApp(dataDir);
    session = await openBrowser(() => app!.origin, { width: 1440, height: 900 });
    const page = session.page;
    await enterApp(page, app.url);
    const api = appApi(app);
    const { caseId } = await seed(api);
    await page.reload();
    await enterApp(page, app.url);
    await page.getByRole('button', { name: 'Ouvrir l’écocarte de Nora' }).click();
    await page.getByRole('heading', { name: 'Écocarte de Nora' }).waitFor();
    await page.waitForFunction(
      () => (globalThis as unknown as PageGlobals).__maillage?.cy.nodes().length === 3,
    );

    // Samia, outer ring (closeness 2), dragged to the inner ring: "indispensable", 5.
    let edits = page.waitForResponse((r) => r.url().endsWith('/api/map.applyEdits'));
    await drag(page, await actorOnScreen(page, 'Samia'), await mapPointOnScreen(page, INNER, -80));
    expect((await (await edits).json()) as unknown).toMatchObject({ ok: true });
    let stored = await api['map.load']({ caseId });
    expect(tieTo(stored, 'Samia').ties.map((t) => t.closeness)).toEqual([5]);

    // Malik, with no tie, dropped in the middle ring of the informal sector (lower right):
    // a tie of closeness 3 ("important") and the informal secondary network.
    edits = page.waitForResponse((r) => r.url().endsWith('/api/map.applyEdits'));
    await drag(page, await actorOnScreen(page, 'Malik'), await mapPointOnScreen(page, MIDDLE, 20));
    await edits;
    stored = await api['map.load']({ caseId });
    const malik = tieTo(stored, 'Malik');
    expect(malik.ties.map((t) => t.closeness)).toEqual([3]);
    expect(malik.actor.sphere).toBe('informal_secondary');
    await saved(page);

    // One undo takes the whole drop back: the tie and the sphere together.
    edits = page.waitForResponse((r) => r.url().endsWith('/api/map.applyEdits'));
    await page.getByRole('img', { name: /Écocarte de Nora/ }).click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await edits;
    stored = await api['map.load']({ caseId });
    expect(tieTo(stored, 'Malik').ties).toEqual([]);
    expect(tieTo(stored, 'Malik').actor.sphere).toBe('primary');
    expect(tieTo(stored, 'Samia').ties.map((t) => t.closeness)).toEqual([5]);

    // A long press (a finger, a pen) opens the same commands as the right-click menu, in a
    // radial menu; letting go in its middle chooses nothing.
    const samia = await actorOnScreen(page, 'Samia');
    await page.mouse.move(samia.x, samia.y);
    await page.mouse.down();
    await page.waitForTimeout(900);
    const entries = page.locator('.cxtmenu-content');
    await expect.poll(() => entries.allTextContents()).toContain('Modifier l’élément sélectionné');
    expect(await entries.allTextContents()).toContain('Retirer l’élément sélectionné');
    await page.mouse.up();
    expect(tieTo(await api['map.load']({ caseId }), 'Samia').ties).toHaveLength(1);

    // Link mode: a drag from Samia to Malik draws a new tie (cytoscape-edgehandles), saved
    // through the model and opened in the side panel.
    await page
      .getByRole('button', { name: 'Relier : tracer un lien d’un rond à un autre' })
      .click();
    edits = page.waitForResponse((r) => r.url().endsWith('/api/map.applyEdits'));
    await drag(page, await actorOnScreen(page, 'Samia'), await actorOnScreen(page, 'Malik'), 20);
    await edits;
    stored = await api['map.load']({ caseId });
    const samiaId = stored.actors.find((a) => a.name === 'Samia')!.id;
    const malikId = stored.actors.find((a) => a.name === 'Malik')!.id;
    expect(
      stored.ties.filter((t) => t.sourceId === samiaId && t.targetId === malikId),
    ).toHaveLength(1);
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.getByRole('button', { name: 'Arrêter de relier' }).count())
      .toBe(0);

    // After a reload Samia is drawn in the inner ring, where she was dropped.
    await page.reload();
    await enterApp(page, app.url);
    await page.getByRole('button', { name: 'Ouvrir l’écocarte de Nora' }).click();
    await page.waitForFunction(
      () => (globalThis as unknown as PageGlobals).__maillage?.cy.nodes().length === 3,
    );
    const radius = await page.evaluate(() => {
      const cy = (globalThis as unknown as PageGlobals).__maillage!.cy;
      const samia = cy
        .nodes()
        .filter((n) => n.data('label') === 'Samia')
        .position();
      const ego = cy.nodes('.ego').first().position();
      return Math.hypot(samia.x - ego.x, samia.y - ego.y);
    });
    expect(radius).toBeGreaterThan(60);
    expect(radius).toBeLessThan(155);
    expect(session.foreignRequests()).toEqual([]);
  });
});

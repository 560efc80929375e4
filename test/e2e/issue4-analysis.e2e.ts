// Issue 4 end to end, in the built app over the real store: a case whose analysis is known by
// hand (renderer/analysis/testing/knownNetwork.ts) is created through the API; the analysis panel
// beside its map tells the French summary, explains a figure on hover and on keyboard focus, and
// draws its overlays (sizes, colours, weak bridge, strong ties only, badges, the chosen chain) on
// the Cytoscape graph, which looks as before once they are off. The analysis runs in a Web Worker.
// No request leaves the app's own origin. Set ISSUE4_SCREENSHOT=path to save a screenshot.
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  FADED_OPACITY,
  GHOST_OPACITY,
  SIZE_RANGE,
  sizeForBetweenness,
} from '../../renderer/analysis/overlay/overlayStyle';
import {
  KNOWN_ACTORS,
  KNOWN_SUMMARY_FR,
  KNOWN_TIES,
  type KnownActor,
  type KnownTie,
} from '../../renderer/analysis/testing/knownNetwork';
import { enterApp, passGate, showCaseList } from './enter-app';
import {
  openBrowser,
  startApp,
  tempDataDir,
  type BrowserSession,
  type RunningApp,
} from './harness';

type PageGlobals = {
  __maillage?: { cy: Core };
  sessionStorage: { getItem(key: string): string | null };
  fetch: (url: string, init: object) => Promise<{ json(): Promise<unknown> }>;
};

/** Creates the known network through the API, as the page itself would; returns ids by key. */
async function createKnownCase(page: Page) {
  return page.evaluate(
    async ({ actors, ties }: { actors: KnownActor[]; ties: KnownTie[] }) => {
      const page = globalThis as unknown as PageGlobals;
      const secret = page.sessionStorage.getItem('maillage.secret') ?? '';
      const call = async (op: string, input: object): Promise<Record<string, unknown>> => {
        const response = await page.fetch(`/api/${op}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${secret}` },
          body: JSON.stringify(input),
        });
        const answer = (await response.json()) as { ok: boolean; value: Record<string, unknown> };
        if (!answer.ok) throw new Error(`${op}: ${JSON.stringify(answer)}`);
        return answer.value;
      };
      const created = await call('cases.create', {
        pseudonym: 'Lina',
        birthYear: 2009,
        referent: 'M. Durand',
      });
      const mapId = created.currentMapId as string;
      const map = await call('map.load', { caseId: created.id as string });
      const ego = (map.actors as { id: string; isEgo: boolean }[]).find((a) => a.isEgo)!;
      const ids: Record<string, string> = { lina: ego.id };
      await call('placements.set', { mapId, placements: [{ actorId: ego.id, x: 0, y: 0 }] });
      for (const actor of actors.filter((a) => a.key !== 'lina')) {
        const added = await call('actors.add', {
          mapId,
          ...actor.fields,
          position: actor.position,
        });
        ids[actor.key] = (added.actor as { id: string }).id;
      }
      const tieIds: Record<string, string> = {};
      for (const tie of ties) {
        const added = await call('ties.add', {
          mapId,
          sourceId: ids[tie.source],
          targetId: ids[tie.target],
          ...tie.fields,
        });
        tieIds[tie.key] = added.id as string;
      }
      return { actors: ids, ties: tieIds };
    },
    { actors: KNOWN_ACTORS, ties: KNOWN_TIES },
  );
}

/** A style property of a map element, as Cytoscape resolved it. */
function styleOf(page: Page, id: string, property: string): Promise<string> {
  return page.evaluate(
    ([id, property]) =>
      String(
        (globalThis as unknown as PageGlobals).__maillage!.cy.getElementById(id!).style(property!),
      ),
    [id, property],
  );
}

function dataOf(page: Page, id: string, field: string): Promise<unknown> {
  return page.evaluate(
    ([id, field]) =>
      (globalThis as unknown as PageGlobals)
        .__maillage!.cy.getElementById(id!)
        .data(field!) as unknown,
    [id, field],
  );
}

const waitForStyle = (page: Page, id: string, property: string, value: string) =>
  expect.poll(() => styleOf(page, id, property), { timeout: 5_000 }).toBe(value);

describe('issue 4: reading the network', () => {
  const dataDir = tempDataDir();
  let app: RunningApp | undefined;
  let session: BrowserSession | undefined;

  afterAll(async () => {
    await session?.close();
    await app?.stop();
  });

  it('tells the summary, explains its figures and draws its overlays on the map', async () => {
    app = await startApp(dataDir);
    session = await openBrowser(() => app!.origin, { width: 1440, height: 900 });
    const page = session.page;
    await enterApp(page, app.url);
    const ids = await createKnownCase(page);
    // Reload to list the new case (the session stays open, or the unlock screen asks again).
    await page.reload();
    await passGate(page);
    await showCaseList(page);

    await page.getByRole('button', { name: 'Ouvrir l’écocarte de Lina' }).click();
    await page.getByRole('heading', { name: 'Écocarte de Lina' }).waitFor();
    await page.waitForFunction(
      () => ((globalThis as unknown as PageGlobals).__maillage?.cy.edges().length ?? 0) === 7,
    );

    // The summary, in French, first.
    await page.getByRole('button', { name: 'Lire le réseau' }).click();
    const panel = page.getByRole('region', { name: 'Lecture du réseau' });
    const findings = panel.getByRole('list', { name: 'Ce que dit la carte' });
    await findings.waitFor();
    expect(await findings.getByRole('listitem').allTextContents()).toEqual(KNOWN_SUMMARY_FR);
    // It was computed in a Web Worker, not on the page's thread.
    expect(
      page
        .workers()
        .map((w) => w.url())
        .some((url) => url.includes('analysis.worker')),
    ).toBe(true);

    // A figure's "why", on hover, then on keyboard focus; Escape hides it.
    const figures = panel.getByRole('tabpanel');
    const why = figures.getByRole('button', { name: 'pourquoi ? Liens faibles qui font pont' });
    const tip = figures.getByRole('tooltip').filter({ hasText: 'la force des liens faibles' });
    await why.hover();
    await tip.waitFor();
    await page.mouse.move(5, 5);
    await tip.waitFor({ state: 'hidden' });
    await why.focus();
    await tip.waitFor();
    expect(await why.getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });

    // Size by betweenness: Samia carries 65 % of the shortest paths, the school none.
    await panel.getByText('Sur la carte', { exact: true }).click();
    const usual = {
      samia: await styleOf(page, ids.actors.samia!, 'width'),
      college: await styleOf(page, ids.actors.college!, 'background-color'),
      tie: await styleOf(page, ids.ties['samia-ines']!, 'opacity'),
    };
    await panel.getByRole('checkbox', { name: 'Taille selon le passage' }).check();
    await waitForStyle(page, ids.actors.samia!, 'width', `${sizeForBetweenness(0.65)}px`);
    expect(await styleOf(page, ids.actors.college!, 'width')).toBe(`${SIZE_RANGE.min}px`);
    expect(await styleOf(page, ids.actors.lina!, 'width')).toBe('92px');
    await panel.getByRole('checkbox', { name: 'Taille selon le passage' }).uncheck();
    await waitForStyle(page, ids.actors.samia!, 'width', usual.samia);

    // Colour by constraint: the school has one contact, the darkest class.
    await panel.getByRole('checkbox', { name: 'Couleur selon la contrainte' }).check();
    await waitForStyle(page, ids.actors.college!, 'background-color', 'rgb(84,39,143)');
    await panel.getByRole('checkbox', { name: 'Couleur selon la contrainte' }).uncheck();
    await waitForStyle(page, ids.actors.college!, 'background-color', usual.college);

    // The one weak bridge, haloed; then strong ties only: the weak ones fade.
    await panel.getByRole('checkbox', { name: 'Liens faibles qui font pont' }).check();
    await expect.poll(() => dataOf(page, ids.ties['ase-samia']!, 'anWeakBridge')).toBe(true);
    expect(await dataOf(page, ids.ties['samia-karim']!, 'anWeakBridge')).toBeUndefined();
    await panel.getByRole('button', { name: 'Forts', exact: true }).click();
    await waitForStyle(page, ids.ties['samia-ines']!, 'opacity', String(GHOST_OPACITY));
    expect(await styleOf(page, ids.ties['lina-samia']!, 'opacity')).toBe('1');

    // Broker badges: Samia the gatekeeper.
    await panel.getByRole('checkbox', { name: 'Rôles de passeur' }).check();
    await expect
      .poll(async () =>
        decodeURIComponent(String(await dataOf(page, ids.actors.samia!, 'anBadge'))),
      )
      .toContain('>G</text>');

    // The path to a resource: the school, through the mother and the ASE.
    await panel.getByRole('button', { name: 'Tous', exact: true }).click();
    await panel.getByRole('tab', { name: 'Chemins' }).click();
    await panel.getByRole('radio', { name: 'un domaine (la ressource la plus proche)' }).check();
    await panel.getByLabel('Domaine', { exact: true }).selectOption({ label: 'École, formation' });
    await panel.getByRole('button', { name: 'Montrer les chemins' }).click();
    await panel.getByText('Lina → Samia → ASE → Collège').waitFor();
    expect(await panel.getByRole('status').textContent()).toContain(
      'École, formation : 3 liens, 2 intermédiaires.',
    );
    const onPath = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals)
        .__maillage!.cy.elements('[?anPath]')
        .map((e) => e.id())
        .sort(),
    );
    expect(onPath).toEqual(
      [
        ids.actors.lina,
        ids.actors.samia,
        ids.actors.ase,
        ids.actors.college,
        ids.ties['lina-samia'],
        ids.ties['ase-samia'],
        ids.ties['ase-college'],
      ].sort(),
    );
    expect(await styleOf(page, ids.actors.karim!, 'opacity')).toBe(String(FADED_OPACITY));

    // Every overlay at once, the summary in view: what the screenshot shows.
    await panel.getByRole('checkbox', { name: 'Taille selon le passage' }).check();
    await panel.getByRole('checkbox', { name: 'Couleur selon la contrainte' }).check();
    await panel.getByRole('tab', { name: 'Résumé' }).click();
    await waitForStyle(page, ids.actors.samia!, 'width', `${sizeForBetweenness(0.65)}px`);
    expect(await dataOf(page, ids.actors.ase!, 'anPath')).toBe(true);
    const shot = process.env.ISSUE4_SCREENSHOT;
    if (shot) {
      await page.setViewportSize({ width: 1440, height: 1160 });
      await page.waitForTimeout(800);
      // The placement puts the two institutions without a direct tie to Lina in one slot: move
      // the ASE aside on screen only (nothing is saved), so the picture shows both.
      await page.evaluate(
        ({ ase, samia, college, actors }) => {
          const cy = (globalThis as unknown as PageGlobals).__maillage!.cy;
          const a = cy.getElementById(samia).position();
          const b = cy.getElementById(college).position();
          cy.getElementById(ase).position({ x: (a.x + b.x) / 2 + 160, y: (a.y + b.y) / 2 });
          cy.fit(
            cy.nodes().filter((node) => actors.includes(node.id())),
            90,
          );
        },
        {
          ase: ids.actors.ase!,
          samia: ids.actors.samia!,
          college: ids.actors.college!,
          actors: Object.values(ids.actors),
        },
      );
      await panel.locator('.analysis-body').evaluate((body) => body.scrollTo(0, 0));
      await page.waitForTimeout(400);
      // The map and the panel only, below the page's header and the quick add.
      const top = (await page.getByRole('button', { name: 'Modifier la carte' }).boundingBox())!.y;
      const size = page.viewportSize()!;
      await page.screenshot({
        path: shot,
        clip: { x: 0, y: top - 12, width: size.width, height: size.height - top + 12 },
      });
    }

    // Back to editing: every overlay comes off, the map looks as before.
    await page.getByRole('button', { name: 'Modifier la carte' }).click();
    await waitForStyle(page, ids.actors.karim!, 'opacity', '1');
    expect(await styleOf(page, ids.ties['samia-ines']!, 'opacity')).toBe(usual.tie);
    expect(await styleOf(page, ids.actors.samia!, 'width')).toBe(usual.samia);
    expect(await dataOf(page, ids.actors.samia!, 'anBadge')).toBeUndefined();

    expect(session.foreignRequests()).toEqual([]);
  });
});

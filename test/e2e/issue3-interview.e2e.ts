// Issue 3's interview end to end, keyboard only, in the built app over the real store: a
// scripted 20-person network across the three spheres entered with the quick add (every user
// action counted), ties among actors, ten mixed edits undone and redone one by one with the
// store's state compared exactly at each step, the table and the map agreeing after every
// step, and a reload that keeps everything. No request leaves the app's own origin.
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { MapData } from '../../shared/model';
import { WIDTH_BY_CLOSENESS } from '../../renderer/map/look/tieLook';
import { enterApp, passGate, showCaseList } from './enter-app';
import {
  openBrowser,
  startApp,
  tempDataDir,
  type BrowserSession,
  type RunningApp,
} from './harness';
import { ACTORS_BETWEEN, INTERVIEW, type Person } from './issue3-script';

/** The few page globals these tests use (this file is typed for Node, without the DOM). */
interface PageElement {
  textContent: string | null;
  children: ArrayLike<PageElement> & Iterable<PageElement>;
  getAttribute(name: string): string | null;
}
type PageGlobals = {
  __maillage?: { cy: Core };
  document: {
    querySelectorAll(selector: string): Iterable<PageElement>;
    activeElement: (PageElement & { tagName: string }) | null;
  };
  sessionStorage: { getItem(key: string): string | null };
};

/** The map as the store has it, through the app's own API (the page's session secret). */
async function storeState(page: Page, caseId: string) {
  const data = await page.evaluate(async (id) => {
    const secret =
      (globalThis as unknown as PageGlobals).sessionStorage.getItem('maillage.secret') ?? '';
    const response = await fetch('/api/map.load', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${secret}` },
      body: JSON.stringify({ caseId: id }),
    });
    return (await response.json()) as { ok: true; value: unknown };
  }, caseId);
  return visible(data.value as MapData);
}

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
/** Everything a user can see or edit; timestamps are the store's own. */
function visible(data: MapData) {
  return {
    actors: data.actors.map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest).sort(byId),
    ties: data.ties.map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest).sort(byId),
    placements: [...data.placements].sort((a, b) => a.actorId.localeCompare(b.actorId)),
  };
}

/** Waits for the header to say "Enregistré" (every edit acknowledged by the store). */
async function saved(page: Page) {
  await page
    .locator('.save-state [role="status"]')
    .filter({ hasText: /^Enregistré$/ })
    .waitFor({ timeout: 10_000 });
}

/** The table's rows and the canvas's elements, as comparable lists of names and strengths. */
async function tableAndMap(page: Page) {
  return page.evaluate((widths) => {
    const cy = (globalThis as unknown as PageGlobals).__maillage!.cy;
    const text = (cell: PageElement | null | undefined) => cell?.textContent?.trim() ?? '';
    const rows = (grid: string) =>
      [
        ...(globalThis as unknown as PageGlobals).document.querySelectorAll(
          `table[data-grid-table="${grid}"] tbody tr`,
        ),
      ].filter((row) => row.children.length > 1);
    const firstLine = (label: unknown) => String(label).split('\n')[0]!;
    const width = (closenessText: string) => widths[Number(closenessText[0])];
    const sorted = (list: string[]) => [...list].sort();
    return {
      table: {
        actors: sorted(rows('actors').map((row) => text(row.children[0]))),
        ties: sorted(
          rows('ties').map(
            (row) =>
              `${text(row.children[0])}|${text(row.children[1])}|${width(text(row.children[2]))}`,
          ),
        ),
      },
      map: {
        actors: sorted(cy.nodes().map((node) => firstLine(node.data('label')))),
        ties: sorted(
          cy
            .edges()
            .map(
              (edge) =>
                `${firstLine(edge.source().data('label'))}|${firstLine(edge.target().data('label'))}|${Number(edge.data('width'))}`,
            ),
        ),
      },
    };
  }, WIDTH_BY_CLOSENESS);
}

async function expectTableMatchesMap(page: Page) {
  const { table, map } = await tableAndMap(page);
  expect(table).toEqual(map);
}

describe('issue 3: a keyboard-only interview', () => {
  const dataDir = tempDataDir();
  let app: RunningApp | undefined;
  let session: BrowserSession | undefined;

  afterAll(async () => {
    await session?.close();
    await app?.stop();
  });

  it('enters a 20-person network in at most 3 actions per person, undoes, redoes, reloads', async () => {
    app = await startApp(dataDir);
    session = await openBrowser(() => app!.origin, { width: 1440, height: 900 });
    const page = session.page;
    await enterApp(page, app.url);
    await page.getByLabel('Pseudonyme').fill('Lina');
    await page.getByLabel('Pseudonyme').press('Enter');
    await page.getByRole('button', { name: 'Ouvrir l’écocarte de Lina' }).click();
    await page.getByRole('heading', { name: 'Écocarte de Lina' }).waitFor();
    const caseId = await page.evaluate(async () => {
      const secret =
        (globalThis as unknown as PageGlobals).sessionStorage.getItem('maillage.secret') ?? '';
      const response = await fetch('/api/cases.list', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${secret}` },
        body: '{}',
      });
      return ((await response.json()) as { value: { id: string }[] }).value[0]!.id;
    });

    // The map opens with the keyboard in the quick add field.
    const field = page.locator('input[name="quickAdd"]');
    await expect
      .poll(() =>
        field.evaluate(
          (el) => (el as unknown) === (globalThis as unknown as PageGlobals).document.activeElement,
        ),
      )
      .toBe(true);
    await page.keyboard.press('Alt+B'); // map and table side by side, to compare them
    await field.focus();

    // The interview: every chord, and every name typed then Enter, is one user action.
    let actions = 0;
    const chord = async (keys: string) => {
      actions += 1;
      await page.keyboard.press(keys);
    };
    const name = async (text: string) => {
      actions += 1;
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    };
    for (const step of INTERVIEW) {
      if (step.type === 'chord') await chord(step.keys);
      else await name(step.text);
    }
    await saved(page);
    const people = INTERVIEW.filter((s): s is Person => s.type === 'name');
    console.log(
      `Quick add: ${people.length} people in ${actions} user actions (${(actions / people.length).toFixed(2)} per person).`,
    );
    expect(people).toHaveLength(20);
    expect(actions).toBeLessThanOrEqual(3 * people.length);

    let state = await storeState(page, caseId);
    const ego = state.actors.find((a) => a.isEgo)!;
    for (const person of people) {
      const actor = state.actors.find((a) => a.name === person.expect.name);
      expect(actor, person.expect.name).toMatchObject({
        sphere: person.expect.sphere,
        kind: person.expect.kind,
        roleLabel: person.expect.role,
        placedBy: 'young_person',
      });
      const tie = state.ties.find((t) => t.sourceId === ego.id && t.targetId === actor!.id);
      expect(tie?.closeness, person.expect.name).toBe(person.expect.closeness);
    }
    await expectTableMatchesMap(page);

    // Ties among actors: a row of the table, Alt+L, the other end's first letters, Enter.
    for (const [from, to] of ACTORS_BETWEEN) {
      await goToActor(page, from);
      await page.keyboard.press('Alt+L');
      await expect.poll(() => focusedName(page)).toBe('targetId');
      await page.keyboard.type(to.slice(0, 3), { delay: 30 });
      await page.keyboard.press('Enter');
      await page.getByText(/^Lien ajouté entre/).waitFor();
    }
    await saved(page);
    state = await storeState(page, caseId);
    expect(state.ties).toHaveLength(20 + ACTORS_BETWEEN.length);
    await expectTableMatchesMap(page);

    // Ten mixed edits by keyboard, the store's state recorded after each.
    const states = [state];
    for (const [index, edit] of mixedEdits(page).entries()) {
      await edit();
      await saved(page);
      states.push(await storeState(page, caseId));
      expect(states.at(-1), `mixed edit ${index + 1} changed nothing`).not.toEqual(states.at(-2));
      await expectTableMatchesMap(page);
    }
    expect(states).toHaveLength(11);

    // Undo all ten, one step per press, each giving back the state before that edit exactly.
    await page.keyboard.press('Control+I');
    for (let i = 9; i >= 0; i--) {
      await page.keyboard.press('Control+z');
      await saved(page);
      expect(await storeState(page, caseId)).toEqual(states[i]);
      await expectTableMatchesMap(page);
    }
    for (let i = 1; i <= 10; i++) {
      await page.keyboard.press('Control+Shift+z');
      await saved(page);
      expect(await storeState(page, caseId)).toEqual(states[i]);
      await expectTableMatchesMap(page);
    }

    // Reload: everything is still there.
    await page.reload();
    await passGate(page);
    await showCaseList(page);
    await page.getByRole('button', { name: 'Ouvrir l’écocarte de Lina' }).click();
    await page.waitForFunction(
      (count) =>
        ((globalThis as unknown as PageGlobals).__maillage?.cy.nodes().length ?? 0) === count,
      states[10]!.actors.length,
    );
    await page.keyboard.press('Alt+B');
    expect(await storeState(page, caseId)).toEqual(states[10]);
    await expectTableMatchesMap(page);

    // A save that fails is shown, kept, and goes through on retry (Ctrl+S), never dropped.
    await page.route('**/api/map.applyEdits', (route) => route.abort());
    await page.keyboard.press('Control+I');
    await page.keyboard.type('Tonton Ali, oncle');
    await page.keyboard.press('Enter');
    await page.getByText('Échec de l’enregistrement — réessayer').waitFor();
    expect((await storeState(page, caseId)).actors.some((a) => a.name === 'Tonton Ali')).toBe(
      false,
    );
    await page.unroute('**/api/map.applyEdits');
    await page.keyboard.press('Control+s');
    await saved(page);
    expect((await storeState(page, caseId)).actors.some((a) => a.name === 'Tonton Ali')).toBe(true);
    expect(session.foreignRequests()).toEqual([]);
  });
});

/** Puts the keyboard on an actor's row of the table (which selects it), in a given column. */
async function goToActor(page: Page, actorName: string, column = 0) {
  await page.keyboard.press('Alt+G');
  await expect.poll(() => focusedGrid(page)).toBe('actors');
  await moveInGrid(page, 'actors', actorName, column);
}

async function goToTie(page: Page, between: string, column: number) {
  await page.keyboard.press('Alt+G');
  await expect.poll(() => focusedGrid(page)).toBe('actors');
  await page.keyboard.press('Tab'); // from the actors' table to the ties' table
  await expect.poll(() => focusedGrid(page)).toBe('ties');
  await moveInGrid(page, 'ties', between, column);
}

async function moveInGrid(page: Page, grid: string, rowText: string, column: number) {
  const index = await page.evaluate(
    ([id, wanted]) =>
      [
        ...(globalThis as unknown as PageGlobals).document.querySelectorAll(
          `table[data-grid-table="${id}"] tbody tr`,
        ),
      ].findIndex((row) =>
        [...row.children]
          .map((cell) => cell.textContent?.trim())
          .slice(0, 2)
          .join('|')
          .includes(wanted!),
      ),
    [grid, rowText],
  );
  expect(index, `${rowText} in the ${grid} table`).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Control+Home');
  for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
  for (let i = 0; i < column; i++) await page.keyboard.press('ArrowRight');
}

/** Ten edits of different kinds, each one gesture. */
function mixedEdits(page: Page): (() => Promise<void>)[] {
  const key = (k: string) => page.keyboard.press(k);
  const editCell = async (keys: string[]) => {
    await key('Enter');
    await expect.poll(() => focusedTag(page)).toMatch(/^(INPUT|SELECT)$/);
    for (const k of keys) await key(k);
    await key('Enter');
  };
  return [
    async () => {
      await key('Control+I');
      await page.keyboard.type('Tata Zora, tante');
      await key('Enter');
    },
    async () => {
      await goToActor(page, 'Samia', 0);
      await key('Enter');
      await expect.poll(() => focusedTag(page)).toBe('INPUT');
      await key('Control+A');
      await page.keyboard.type('Samia Benali');
      await key('Enter');
    },
    async () => {
      await goToActor(page, 'Karim', 2); // tie with Lina: 2 · Faible
      await editCell(['ArrowDown', 'ArrowDown']);
    },
    async () => {
      await goToActor(page, 'Léa', 4); // network: primary → informal secondary
      await editCell(['ArrowDown']);
    },
    async () => {
      await goToActor(page, 'Yanis', 6); // placed by: the educator
      await editCell(['ArrowDown']);
    },
    async () => {
      await goToActor(page, 'Groupe de théâtre', 0);
      await key('Delete');
    },
    async () => {
      await goToActor(page, 'Nora', 0);
      await key('Alt+L');
      await expect.poll(() => focusedName(page)).toBe('targetId');
      await page.keyboard.type('Ine', { delay: 30 });
      await key('Enter');
    },
    async () => {
      await goToTie(page, 'Coach Ali', 3); // quality: supportive → conflictual
      await editCell(['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown']);
    },
    async () => {
      await goToTie(page, 'Mme Leroy', 0);
      await key('Delete');
    },
    async () => {
      await key('Control+I');
      await key('Alt+1');
      await page.keyboard.type('Mme Roux, voisine');
      await key('Enter');
    },
  ];
}

function focusedTag(page: Page): Promise<string | undefined> {
  return page.evaluate(
    () => (globalThis as unknown as PageGlobals).document.activeElement?.tagName,
  );
}

function focusedName(page: Page): Promise<string | null | undefined> {
  return page.evaluate(() =>
    (globalThis as unknown as PageGlobals).document.activeElement?.getAttribute('name'),
  );
}

function focusedGrid(page: Page): Promise<string | null | undefined> {
  return page.evaluate(() =>
    (globalThis as unknown as PageGlobals).document.activeElement?.getAttribute('data-grid'),
  );
}

// @vitest-environment jsdom
// The address book in the interview's quick add: entries suggested under the field, picked
// with the keyboard (or the mouse), added at once and linked to their entry; plain Enter and
// the names-hidden mode are untouched.
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { MaillageApi } from '../../../shared/api/contract';
import { reviewsFr } from '../../../shared/i18n/reviews-fr';
import type { DirectoryEntrySummary } from '../../../shared/partnerships/model';
import { matchesQuery } from '../../../shared/partnerships/names';
import { pseudonymisingApi } from '../../reviews/pseudonymisingApi';
import { fakeApi } from '../../testing/fakeApi';
import { renderWithApp } from '../../testing/renderWithApp';
import { IDS, sampleMap } from '../../testing/sampleMap';
import { MapStore } from '../model/mapStore';
import { useMapData } from '../model/useMapData';
import { QuickAdd } from './QuickAdd';

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

const at = '2025-01-01T00:00:00.000Z';
const entry = (
  n: number,
  fields: Pick<DirectoryEntrySummary, 'name' | 'kind' | 'sphere' | 'domain'>,
): DirectoryEntrySummary => ({
  id: `00000000-0000-4000-8000-0000000000d${n}`,
  address: '',
  contacts: [],
  notes: '',
  createdAt: at,
  updatedAt: at,
  caseCount: 0,
  partnershipCount: 0,
  ...fields,
});
const LENS = entry(1, {
  name: 'Mission locale de Lens',
  kind: 'organisation',
  sphere: 'formal_secondary',
  domain: 'employment',
});
const ARRAS = entry(2, {
  name: 'Mission locale d’Arras',
  kind: 'organisation',
  sphere: 'formal_secondary',
  domain: 'employment',
});
const EDUCATOR = entry(3, {
  name: 'Mme Missaoui',
  kind: 'person',
  sphere: 'formal_secondary',
  domain: 'child_welfare',
});
const DIRECTORY = [LENS, ARRAS, EDUCATOR];

function Harness({ store }: { store: MapStore }) {
  const data = useMapData(store);
  return <QuickAdd store={store} data={data} onAdded={() => undefined} />;
}

/** The quick add over an address book; `wrap` changes the API the screen sees. */
function setup(wrap: (api: MaillageApi) => MaillageApi = (api) => api) {
  const { api, calls } = fakeApi({
    'map.applyEdits': () => ({ applied: 1 }),
    'directory.search': ({ query, limit }) =>
      DIRECTORY.filter((e) => matchesQuery(e.name, query)).slice(0, limit),
    'actors.linkDirectory': (input) => input,
  });
  const seen = wrap(api);
  const store = new MapStore(seen, sampleMap());
  renderWithApp(<Harness store={store} />, seen);
  const field = screen.getByRole('combobox', { name: /Dans ta famille, qui compte pour toi/ });
  const ops = (op: string) => calls.filter((call) => call.op === op);
  return { calls, ops, store, field, user: userEvent.setup() };
}

const actorNamed = (store: MapStore, name: string) => {
  const data = store.getSnapshot();
  const actor = data.actors.find((a) => a.name === name);
  const tie = data.ties.find((t) => t.sourceId === IDS.ego && t.targetId === actor?.id);
  return { actor, tie };
};
const listbox = () => screen.queryByRole('listbox');
const options = () =>
  within(listbox()!)
    .getAllByRole('option')
    .map((option) => option.textContent);
/** Longer than the search waits after the last key press. */
const pause = () => act(() => new Promise((done) => setTimeout(done, 300)));

describe('address-book suggestions in the quick add', () => {
  it('shows the entries matching a typed prefix, as a combobox’s listbox', async () => {
    const { field, ops, user } = setup();
    expect(field.getAttribute('aria-expanded')).toBe('false');
    await user.keyboard('m');
    await pause();
    expect(ops('directory.search')).toEqual([]);
    await user.keyboard('iss');
    await screen.findByRole('option', { name: /Mission locale de Lens/ });
    expect(options()).toEqual([
      'Mission locale de Lens · Emploi, organisation',
      'Mission locale d’Arras · Emploi, organisation',
      'Mme Missaoui · Protection de l’enfance, personne',
    ]);
    expect(ops('directory.search').at(-1)?.input).toEqual({ query: 'miss', limit: 5 });
    expect(field.getAttribute('aria-expanded')).toBe('true');
    expect(field.getAttribute('aria-controls')).toBe(listbox()!.id);
    expect(listbox()!.getAttribute('aria-label')).toBe('Dans le carnet d’adresses');
    expect(field.getAttribute('aria-activedescendant')).toBeNull();
    expect(
      screen.getByText('3 fiches du carnet d’adresses : flèche bas pour choisir.'),
    ).toBeTruthy();
    // Cleared, the field offers nothing.
    await user.clear(field);
    expect(listbox()).toBeNull();
    expect(field.getAttribute('aria-expanded')).toBe('false');
  });

  it('adds the entry highlighted with ↓ on Enter, with its sector, linked to it', async () => {
    const { field, ops, store, user } = setup();
    await user.keyboard('{Alt>}5{/Alt}mission');
    await screen.findByRole('option', { name: /Lens/ });
    await user.keyboard('{ArrowDown}');
    const lens = screen.getByRole('option', { name: /Lens/ });
    expect(lens.getAttribute('aria-selected')).toBe('true');
    expect(field.getAttribute('aria-activedescendant')).toBe(lens.id);
    await user.keyboard('{Enter}');

    const { actor, tie } = actorNamed(store, 'Mission locale de Lens');
    expect(actor).toMatchObject({
      kind: 'organisation',
      sphere: 'formal_secondary',
      domain: 'employment',
      placedBy: 'young_person',
    });
    expect(tie?.closeness).toBe(5);
    expect(store.getHistory().undoDepth).toBe(1);
    expect((field as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(field);
    expect(listbox()).toBeNull();
    expect(
      screen.getByText(
        '« Mission locale de Lens » ajouté et lié au carnet d’adresses : Emploi, lien 5 · Indispensable.',
      ),
    ).toBeTruthy();
    await waitFor(() =>
      expect(ops('actors.linkDirectory').map((call) => call.input)).toEqual([
        { actorId: actor!.id, entryId: LENS.id },
      ]),
    );
    // One undo step takes the actor away (the store drops its link with it).
    act(() => void store.undo());
    expect(actorNamed(store, 'Mission locale de Lens').actor).toBeUndefined();
    expect(store.getHistory().undoDepth).toBe(0);
  });

  it('keeps plain Enter for the typed name: added in the current sector, not linked', async () => {
    const { ops, store, user } = setup();
    await user.keyboard('Mission locale de Lens, conseillère');
    await screen.findByRole('option', { name: /Lens/ });
    await user.keyboard('{Enter}');
    expect(actorNamed(store, 'Mission locale de Lens').actor).toMatchObject({
      roleLabel: 'conseillère',
      kind: 'person',
      sphere: 'primary',
      domain: 'family',
    });
    expect(screen.getByText(/« Mission locale de Lens » ajouté : Famille/)).toBeTruthy();
    await act(() => store.whenSaved());
    expect(ops('actors.linkDirectory')).toEqual([]);
  });

  it('drops the highlight at the next key, and cycles through the field with ↑/↓', async () => {
    const { field, store, user } = setup();
    await user.keyboard('miss');
    await screen.findByRole('option', { name: /Lens/ });
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('option', { name: /Missaoui/ }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await user.keyboard('{ArrowDown}');
    expect(field.getAttribute('aria-activedescendant')).toBeNull();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('option', { name: /Arras/ }).getAttribute('aria-selected')).toBe(
      'true',
    );
    // Alt+↓ is still the next prompt, whatever the list shows.
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(screen.getByLabelText(/Parmi tes amis/)).toBe(field);
    await user.keyboard('i{Enter}');
    expect(actorNamed(store, 'missi').actor).toMatchObject({ domain: 'friends' });
    expect(actorNamed(store, 'Mission locale d’Arras').actor).toBeUndefined();
  });

  it('closes with Escape (Enter then adds the typed name), reopens with ↓', async () => {
    const { field, store, user } = setup();
    await user.keyboard('mission');
    await screen.findByRole('option', { name: /Lens/ });
    await user.keyboard('{ArrowDown}{Escape}');
    expect(listbox()).toBeNull();
    expect(field.getAttribute('aria-expanded')).toBe('false');
    expect(field.getAttribute('aria-activedescendant')).toBeNull();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { name: /Lens/ }).getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Escape}{Enter}');
    expect(actorNamed(store, 'mission').actor).toMatchObject({ domain: 'family' });
    expect(actorNamed(store, 'Mission locale de Lens').actor).toBeUndefined();
  });

  it('picks an entry with the mouse too, the keyboard staying in the field', async () => {
    const { field, ops, store, user } = setup();
    await user.keyboard('missa');
    await user.click(await screen.findByRole('option', { name: /Missaoui/ }));
    expect(actorNamed(store, 'Mme Missaoui').actor).toMatchObject({
      kind: 'person',
      domain: 'child_welfare',
    });
    expect(document.activeElement).toBe(field);
    await waitFor(() => expect(ops('actors.linkDirectory')).toHaveLength(1));
  });

  it('links nothing, and says nothing, when the add is undone before it is saved', async () => {
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    const { ops, store, user } = setup((api) => ({
      ...api,
      'map.applyEdits': async (input) => {
        await held;
        return api['map.applyEdits'](input);
      },
    }));
    await user.keyboard('mission');
    await screen.findByRole('option', { name: /Lens/ });
    await user.keyboard('{ArrowDown}{Enter}');
    act(() => void store.undo());
    release();
    await act(() => store.whenSaved());
    await pause();
    expect(ops('map.applyEdits')).toHaveLength(2);
    expect(ops('actors.linkDirectory')).toEqual([]);
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  it('while names are hidden, works as before: no suggestion, no error', async () => {
    const { calls, store, user } = setup((api) => pseudonymisingApi(api, reviewsFr.pseudonyms));
    await user.keyboard('mission');
    await pause();
    expect(listbox()).toBeNull();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(actorNamed(store, 'mission').actor).toMatchObject({ domain: 'family' });
    expect(screen.getByText(/« mission » ajouté : Famille/)).toBeTruthy();
    // Refused before reaching the store, and not reported.
    expect(calls.filter((call) => call.op.startsWith('directory.'))).toEqual([]);
    expect(screen.getByRole('alert').textContent).toBe('');
  });
});

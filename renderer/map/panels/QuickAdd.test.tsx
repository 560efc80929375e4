// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../testing/fakeApi';
import { renderWithApp } from '../../testing/renderWithApp';
import { IDS, sampleMap } from '../../testing/sampleMap';
import { MapStore } from '../model/mapStore';
import { useMapData } from '../model/useMapData';
import { QuickAdd } from './QuickAdd';
import { QUICK_ADD_EXPANDED_KEY } from './useQuickAddExpanded';

afterEach(() => {
  cleanup();
  sessionStorage.clear();
  vi.unstubAllGlobals();
});

function Harness({ store }: { store: MapStore }) {
  const data = useMapData(store);
  return <QuickAdd store={store} data={data} onAdded={() => undefined} />;
}

function setup() {
  const { api, calls } = fakeApi({ 'map.applyEdits': () => ({ applied: 1 }) });
  const store = new MapStore(api, sampleMap());
  renderWithApp(<Harness store={store} />, api);
  const field = screen.getByRole('combobox', { name: /Dans ta famille, qui compte pour toi/ });
  return { calls, store, field, user: userEvent.setup() };
}

const added = (store: MapStore, name: string) => {
  const data = store.getSnapshot();
  const actor = data.actors.find((a) => a.name === name);
  const tie = data.ties.find((t) => t.sourceId === IDS.ego && t.targetId === actor?.id);
  return { actor, tie, placed: data.placements.some((p) => p.actorId === actor?.id) };
};

describe('the quick add', () => {
  it('adds a name with Enter, tied to the person, and stays ready for the next', async () => {
    const { field, store, user } = setup();
    expect(document.activeElement).toBe(field);
    await user.keyboard('Nora, sœur{Enter}');
    const nora = added(store, 'Nora');
    expect(nora.actor).toMatchObject({
      roleLabel: 'sœur',
      sphere: 'primary',
      domain: 'family',
      kind: 'person',
      placedBy: 'young_person',
    });
    expect(nora.tie?.closeness).toBe(4);
    expect(nora.placed).toBe(true);
    expect(document.activeElement).toBe(field);
    expect((field as HTMLInputElement).value).toBe('');
    expect(screen.getByText('« Nora » ajouté : Famille, lien 4 · Proche.')).toBeTruthy();
    expect(store.getHistory().undoDepth).toBe(1);
  });

  it('changes closeness, prompt, kind and who placed it without leaving the field', async () => {
    const { field, store, user } = setup();
    await user.keyboard('{Alt>}5{/Alt}{Alt>}{ArrowDown}{ArrowDown}{/Alt}');
    expect(screen.getByLabelText(/À l’école ou en formation/)).toBe(field);
    await user.keyboard('{Alt>}o{/Alt}{Alt>}p{/Alt}Collège Jean Moulin{Enter}');
    const college = added(store, 'Collège Jean Moulin');
    expect(college.actor).toMatchObject({
      sphere: 'formal_secondary',
      domain: 'school',
      kind: 'organisation',
      placedBy: 'educator',
    });
    // A new prompt starts from its own usual closeness.
    expect(college.tie?.closeness).toBe(3);
    expect(document.activeElement).toBe(field);
  });

  it('warns, without blocking, when the name is already on the map', async () => {
    const { store, user } = setup();
    await user.keyboard('samia');
    expect(screen.getByText(/« Samia » est déjà sur la carte \(mère, Famille\)/)).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(store.getSnapshot().actors.filter((a) => a.name === 'samia')).toHaveLength(1);
  });

  it('skips a prompt with the button, ignores an empty Enter, refuses a name too long', async () => {
    const { calls, field, store, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Passer' }));
    expect(screen.getByLabelText(/Parmi tes amis/)).toBe(field);
    await user.click(field);
    await user.keyboard('{Enter}');
    act(() => field.focus());
    await user.paste('x'.repeat(201));
    await user.keyboard('{Enter}');
    expect(screen.getByText('Ce texte est trop long.')).toBeTruthy();
    expect(store.getSnapshot().actors).toHaveLength(3);
    expect(calls).toEqual([]);
  });
});

describe('the quick add on a short window', () => {
  /** A window whose height does or does not reach 900 px. */
  const windowHeight = (tall: boolean) =>
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(min-height: 900px)' && tall,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));

  it('folds its choices away behind a toggle, keeps the field, and remembers it', async () => {
    windowHeight(true);
    const { field, store, user } = setup();
    const toggle = screen.getByRole('button', { name: 'Options' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const choices = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(choices.hidden).toBe(false);
    expect(screen.getByRole('combobox', { name: 'Secteur' })).toBeTruthy();

    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(choices.hidden).toBe(true);
    expect(screen.queryByRole('combobox', { name: 'Secteur' })).toBeNull();
    expect(sessionStorage.getItem(QUICK_ADD_EXPANDED_KEY)).toBe('false');
    // The choices are summed up beside the prompt, and their shortcuts still work.
    expect(
      screen.getByText('Famille, lien 4 · Proche, personne, placé par la personne accompagnée'),
    ).toBeTruthy();
    await user.click(field);
    await user.keyboard('{Alt>}2{/Alt}{Alt>}p{/Alt}');
    expect(
      screen.getByText("Famille, lien 2 · Faible, personne, placé par l'éducateur"),
    ).toBeTruthy();
    await user.keyboard('Nora{Enter}');
    expect(added(store, 'Nora').tie?.closeness).toBe(2);
    // The field still has its hint as description.
    expect(field.getAttribute('aria-describedby')).toContain(choices.querySelector('p')!.id);

    // The next map screen of the session opens as it was left.
    cleanup();
    setup();
    expect(screen.getByRole('button', { name: 'Options' }).getAttribute('aria-expanded')).toBe(
      'false',
    );
  });

  it('starts folded below 900 px high, unless it was opened in this session', async () => {
    windowHeight(false);
    const { user } = setup();
    const toggle = screen.getByRole('button', { name: 'Options' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(screen.getByRole('combobox', { name: 'Secteur' })).toBeTruthy();
    cleanup();
    setup();
    expect(screen.getByRole('button', { name: 'Options' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
  });
});

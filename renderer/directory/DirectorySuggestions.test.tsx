// @vitest-environment jsdom
// The add form's address-book suggestions (through useDirectorySearch, shared with the quick
// add): an entry chosen fills the actor's fields, and the new actor is linked once saved.
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { DirectoryEntrySummary } from '../../shared/partnerships/model';
import { matchesQuery } from '../../shared/partnerships/names';
import { AddActorForm } from '../map/panels/AddActorForm';
import { MapStore } from '../map/model/mapStore';
import { fakeApi } from '../testing/fakeApi';
import { renderWithApp } from '../testing/renderWithApp';
import { sampleMap } from '../testing/sampleMap';

afterEach(cleanup);

const at = '2025-01-01T00:00:00.000Z';
const LENS: DirectoryEntrySummary = {
  id: '00000000-0000-4000-8000-0000000000d1',
  name: 'Mission locale de Lens',
  kind: 'organisation',
  sphere: 'formal_secondary',
  domain: 'employment',
  address: '',
  contacts: [],
  notes: '',
  createdAt: at,
  updatedAt: at,
  caseCount: 0,
  partnershipCount: 0,
};

function setup() {
  const { api, calls } = fakeApi({
    'map.applyEdits': () => ({ applied: 1 }),
    'directory.search': ({ query }) => [LENS].filter((e) => matchesQuery(e.name, query)),
    'actors.linkDirectory': (input) => input,
  });
  const store = new MapStore(api, sampleMap());
  renderWithApp(<AddActorForm store={store} egoName="Lina" />, api);
  return { calls, store, user: userEvent.setup() };
}

describe('address-book suggestions in the add form', () => {
  it('fills the actor from the chosen entry and links it once saved', async () => {
    const { calls, store, user } = setup();
    await user.type(screen.getByLabelText('Nom'), 'mission l');
    await user.click(
      await screen.findByRole('button', { name: 'Utiliser « Mission locale de Lens »' }),
    );
    expect(screen.getByLabelText('Nom')).toHaveProperty('value', 'Mission locale de Lens');
    expect(screen.getByLabelText('C’est…')).toHaveProperty('value', 'organisation');
    expect(screen.getByText('Sera lié à la fiche « Mission locale de Lens ».')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Ajouter à la carte' }));

    const actor = store.getSnapshot().actors.find((a) => a.name === 'Mission locale de Lens');
    expect(actor).toMatchObject({ sphere: 'formal_secondary', domain: 'employment' });
    await waitFor(() =>
      expect(calls.filter((c) => c.op === 'actors.linkDirectory').map((c) => c.input)).toEqual([
        { actorId: actor!.id, entryId: LENS.id },
      ]),
    );
  });

  it('offers nothing for one letter, nor for a name that matches no entry', async () => {
    const { calls, user } = setup();
    await user.type(screen.getByLabelText('Nom'), 'm');
    await new Promise((done) => setTimeout(done, 300));
    expect(calls.filter((c) => c.op === 'directory.search')).toEqual([]);
    await user.type(screen.getByLabelText('Nom'), 'x');
    await waitFor(() => expect(calls.some((c) => c.op === 'directory.search')).toBe(true));
    expect(screen.queryByText('Dans le carnet d’adresses')).toBeNull();
  });
});

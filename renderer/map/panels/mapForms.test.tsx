// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '../../testing/fakeApi';
import { renderWithApp } from '../../testing/renderWithApp';
import { IDS, sampleMap } from '../../testing/sampleMap';
import { MapStore } from '../model/mapStore';
import { AddActorForm } from './AddActorForm';
import { AddTieForm } from './AddTieForm';

afterEach(cleanup);

function messageOf(label: string | RegExp): string {
  const field = screen.getByLabelText(label);
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function groupMessage(name: string | RegExp): string {
  return (
    within(screen.getByRole('group', { name })).queryByText(/./, { selector: '.field-error' })
      ?.textContent ?? ''
  );
}

function tieForm() {
  const data = sampleMap();
  const { api, calls } = fakeApi({ 'map.applyEdits': () => ({ applied: 1 }) });
  const store = new MapStore(api, data);
  renderWithApp(<AddTieForm store={store} actors={data.actors} />, api);
  return { calls, store, user: userEvent.setup() };
}

describe('AddTieForm validation', () => {
  it('refuses a tie from an actor to itself, and sends nothing', async () => {
    const { calls, user } = tieForm();
    await user.selectOptions(screen.getByLabelText('De'), 'Samia (mère)');
    await user.selectOptions(screen.getByLabelText('À'), 'Samia (mère)');
    await user.click(screen.getByRole('button', { name: 'Relier' }));
    expect(messageOf('À')).toContain('Un lien relie deux acteurs différents');
    expect(calls).toEqual([]);
  });

  it('asks for the other end when it is missing', async () => {
    const { calls, user } = tieForm();
    await user.click(screen.getByRole('button', { name: 'Relier' }));
    expect(messageOf('À')).toContain('Ce champ est obligatoire.');
    expect(calls).toEqual([]);
  });

  it('adds a second tie between two actors already tied (Hartman draws both)', async () => {
    const { calls, store, user } = tieForm();
    await user.selectOptions(screen.getByLabelText('À'), 'Samia (mère)');
    await user.click(screen.getByRole('button', { name: 'Relier' }));
    await store.whenSaved();
    expect(messageOf('À')).toBe('');
    expect(calls.map((c) => c.op)).toEqual(['map.applyEdits']);
    expect(store.getSnapshot().ties.filter((t) => t.targetId === IDS.mother)).toHaveLength(2);
  });

  it('needs a type of support once a direction is chosen, then sends it that way', async () => {
    const { calls, store, user } = tieForm();
    await user.selectOptions(screen.getByLabelText('De'), 'Samia (mère)');
    await user.selectOptions(screen.getByLabelText('À'), 'Collège');
    await user.click(screen.getByLabelText('Collège soutient Samia'));
    await user.click(screen.getByRole('button', { name: 'Relier' }));
    expect(groupMessage('Soutien de Collège à Samia')).toBe('Cochez au moins un type de soutien.');
    expect(calls).toEqual([]);
    await user.click(screen.getByLabelText('Pratique'));
    await user.click(screen.getByRole('button', { name: 'Relier' }));
    await store.whenSaved();
    expect(calls.map((c) => c.op)).toEqual(['map.applyEdits']);
    expect(calls[0]!.input).toMatchObject({
      upsertTies: [
        {
          sourceId: IDS.mother,
          targetId: IDS.school,
          supportForward: [],
          supportBackward: ['practical'],
        },
      ],
    });
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'Lien ajouté entre Samia et Collège.',
    );
    expect(store.getSnapshot().ties).toHaveLength(3);
  });
});

describe('AddActorForm validation', () => {
  it('says the name is required or too long, and sends nothing', async () => {
    const data = sampleMap();
    const { api, calls } = fakeApi({});
    renderWithApp(<AddActorForm store={new MapStore(api, data)} egoName="Lina" />, api);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Ajouter à la carte' }));
    expect(messageOf('Nom')).toContain('Ce champ est obligatoire.');
    await user.click(screen.getByLabelText('Nom'));
    await user.paste('x'.repeat(201));
    await user.click(screen.getByRole('button', { name: 'Ajouter à la carte' }));
    expect(messageOf('Nom')).toContain('Ce texte est trop long.');
    expect(calls).toEqual([]);
  });

  it('offers the usual sphere of an organisation until the user picks one', async () => {
    const { api } = fakeApi({});
    renderWithApp(<AddActorForm store={new MapStore(api, sampleMap())} egoName="Lina" />, api);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('C’est…'), 'Organisation');
    expect(screen.getByLabelText('Réseau')).toHaveProperty('value', 'formal_secondary');
    await user.selectOptions(screen.getByLabelText('Réseau'), 'Réseau secondaire informel');
    await user.selectOptions(screen.getByLabelText('C’est…'), 'Personne');
    expect(screen.getByLabelText('Réseau')).toHaveProperty('value', 'informal_secondary');
  });
});

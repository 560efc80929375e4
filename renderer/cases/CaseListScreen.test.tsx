// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../shared/api/client';
import { NetworkError } from '../bridge/transport';
import { fakeApi } from '../testing/fakeApi';
import { memoryCases } from '../testing/memoryCases';
import { renderWithApp } from '../testing/renderWithApp';
import { PrivacyProvider } from '../reviews/privacy';
import { CaseListScreen } from './CaseListScreen';

afterEach(cleanup);

function setup() {
  const { api, calls } = fakeApi(memoryCases());
  const onOpen = vi.fn();
  renderWithApp(<CaseListScreen onOpen={onOpen} />, api);
  return { calls, onOpen, user: userEvent.setup() };
}

async function create(user: ReturnType<typeof userEvent.setup>, name: string, year = '') {
  await user.type(screen.getByLabelText('Pseudonyme'), name);
  if (year) await user.type(screen.getByLabelText('Année de naissance'), year);
  await user.click(screen.getByRole('button', { name: 'Créer la fiche' }));
  await screen.findByRole('heading', { name });
}

describe('the case list', () => {
  it('starts empty, then lists the case just created and moves the focus to it', async () => {
    const { user } = setup();
    expect(await screen.findByText(/Aucune personne accompagnée/)).toBeTruthy();
    await user.type(screen.getByLabelText('Éducateur ou éducatrice référent·e'), 'M. Durand');
    await create(user, 'Lina', '2009');
    const card = screen.getByRole('listitem', { name: 'Lina' });
    expect(within(card).getByText('2009')).toBeTruthy();
    expect(within(card).getByText('M. Durand')).toBeTruthy();
    expect(within(card).getByText('0 acteur · 0 lien')).toBeTruthy();
    expect(document.activeElement).toBe(
      within(card).getByRole('button', { name: 'Ouvrir l’écocarte de Lina' }),
    );
    expect(screen.queryByText(/Aucune personne accompagnée/)).toBeNull();
  });

  it('lists the cases by pseudonym and opens the one chosen', async () => {
    const { user, onOpen } = setup();
    await create(user, 'Yanis');
    await create(user, 'Lina');
    const names = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(names).toEqual(['Lina', 'Yanis']);
    await user.click(screen.getByRole('button', { name: 'Ouvrir l’écocarte de Yanis' }));
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ pseudonym: 'Yanis' }));
  });

  it('edits a case in place', async () => {
    const { user } = setup();
    await create(user, 'Lina');
    await user.click(screen.getByRole('button', { name: 'Modifier la fiche de Lina' }));
    const form = screen.getByRole('listitem', { name: 'Modifier la fiche de Lina' });
    const pseudonym = within(form).getByLabelText('Pseudonyme');
    await user.clear(pseudonym);
    await user.type(pseudonym, 'Lina B.');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('heading', { name: 'Lina B.' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Lina' })).toBeNull();
  });

  it('deletes only after a confirmation that names the case', async () => {
    const { user, calls } = setup();
    await create(user, 'Lina');
    await user.click(screen.getByRole('button', { name: 'Supprimer la fiche de Lina' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Supprimer la fiche de Lina ?' });
    expect(dialog.textContent).toContain('La fiche de Lina, son écocarte');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Annuler' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(calls.some((c) => c.op === 'cases.delete')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Supprimer la fiche de Lina' }));
    await user.click(screen.getByRole('button', { name: 'Supprimer définitivement' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Lina' })).toBeNull());
    expect(calls.filter((c) => c.op === 'cases.delete')).toHaveLength(1);
  });

  it('says so in the alert area when the local service does not answer', async () => {
    const api = createClient(async () => {
      throw new NetworkError(new TypeError('Failed to fetch'));
    });
    renderWithApp(<CaseListScreen onOpen={() => {}} />, api);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'Le service local de Maillage ne répond pas.',
      ),
    );
  });

  it('speaks English when English is chosen', async () => {
    const { api } = fakeApi(memoryCases());
    renderWithApp(<CaseListScreen onOpen={() => {}} />, api, 'en');
    expect(await screen.findByText(/No supported person yet/)).toBeTruthy();
    expect(screen.getByLabelText('Year of birth')).toBeTruthy();
  });

  it('disables import, and says why, while names are hidden', async () => {
    window.sessionStorage.setItem('maillage.pseudonymised', 'on');
    try {
      const { api } = fakeApi(memoryCases());
      renderWithApp(
        <PrivacyProvider>
          <CaseListScreen onOpen={() => {}} />
        </PrivacyProvider>,
        api,
      );
      const button = screen.getByRole('button', { name: 'Importer un dossier…' });
      expect((button as HTMLButtonElement).disabled).toBe(true);
      const why = document.getElementById(button.getAttribute('aria-describedby') ?? '');
      expect(why?.textContent).toContain('Import indisponible tant que les noms sont masqués');
    } finally {
      window.sessionStorage.clear();
    }
  });
});

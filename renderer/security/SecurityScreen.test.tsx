// @vitest-environment jsdom
// The security screen against the real vault and store (in a temporary folder), through the
// same validation as the hosts: backups, closing and erasing a case, the journal, the settings.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MaillageApi } from '../../shared/api/contract';
import { createTranslator } from '../../shared/i18n';
import { openRealVault } from '../../test/security/real-vault';
import { ApiProvider } from '../bridge/ApiContext';
import { SecurityGate } from './SecurityGate';
import { SecurityScreen } from './SecurityScreen';

let api: MaillageApi;
let close: () => void;
beforeEach(async () => {
  ({ api, close } = await openRealVault('lanterne marée cobalt quarante-deux'));
});
afterEach(() => {
  cleanup();
  close();
});

function renderScreen() {
  render(
    <I18nextProvider i18n={createTranslator('fr')}>
      <ApiProvider api={api}>
        <SecurityGate>
          <SecurityScreen onBack={() => undefined} />
        </SecurityGate>
      </ApiProvider>
    </I18nextProvider>,
  );
  return userEvent.setup();
}

describe('the security screen', () => {
  it('lists backups with dates and sizes, makes one, and restores one after a confirmation', async () => {
    const user = renderScreen();
    const table = await screen.findByRole('table', { name: 'Sauvegardes disponibles' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getByText('Quotidienne')).toBeTruthy();
    expect(within(table).getByText(/^\d+ Ko$/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Sauvegarder maintenant' }));
    await screen.findByText('Sauvegarde faite.');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    const [, newest] = within(table).getAllByRole('row');
    await user.click(within(newest!).getByRole('button', { name: 'Restaurer' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Restaurer cette sauvegarde ?' });
    expect(within(dialog).getByText(/Une sauvegarde des données actuelles est faite/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Restaurer' }));
    expect(await screen.findByText(/^Sauvegarde du .* restaurée\.$/)).toBeTruthy();
    await screen.findByText('Avant restauration');
  });

  it('refuses to copy a backup to a folder that does not exist', async () => {
    const user = renderScreen();
    await user.type(await screen.findByLabelText('Dossier de destination'), '/pas/de/clé/usb');
    await user.click(screen.getByRole('button', { name: 'Copier la sauvegarde' }));
    expect(await screen.findByText(/Certaines valeurs ne sont pas valides/)).toBeTruthy();
  });

  it('closes a case, proposes it for erasure after the retention, and erases it for good', async () => {
    const lina = await api['cases.create']({ pseudonym: 'Lina' });
    await api['cases.create']({ pseudonym: 'Noé' });
    const user = renderScreen();
    await user.click(await screen.findByRole('tab', { name: 'Clôture et conservation' }));
    expect(await screen.findByText(/proposé à l’effacement 3 ans après sa clôture/)).toBeTruthy();
    await user.selectOptions(await screen.findByLabelText('Dossier à clore'), 'Lina');
    const date = screen.getByLabelText('Date de clôture');
    await user.clear(date);
    await user.type(date, '2021-06-30');
    await user.click(screen.getByRole('button', { name: 'Clore le dossier' }));
    await screen.findByText('Dossier clos.');
    expect(await screen.findByText('À effacer')).toBeTruthy();
    expect(screen.getByText(/Effacement proposé à partir du 30 juin 2024/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Effacer définitivement' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Effacer définitivement ce dossier ?' });
    expect(within(dialog).getByText(/« Lina »/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Effacer définitivement' }));
    await screen.findByText('Dossier effacé.');
    expect((await api['cases.list']({})).map((c) => c.pseudonym)).toEqual(['Noé']);
    const lines = await api['audit.list']({ caseId: lina.id });
    expect(lines.map((l) => l.action)).toEqual(['create', 'close', 'erase']);
  });

  it('shows the journal of a case, in words, with the profile', async () => {
    const lina = await api['cases.create']({ pseudonym: 'Lina' });
    await api['cases.update']({ id: lina.id, patch: { referent: 'Mme K.' } });
    const user = renderScreen();
    await user.click(await screen.findByRole('tab', { name: 'Journal' }));
    await user.selectOptions(await screen.findByLabelText('Dossier'), 'Lina');
    const table = await screen.findByRole('table');
    await within(table).findByText('Modification');
    expect(within(table).getByText('Création')).toBeTruthy();
    expect(within(table).getAllByText('educ.martin')).toHaveLength(2);
  });

  it('keeps a new idle time and refuses one out of bounds', async () => {
    const user = renderScreen();
    await user.click(await screen.findByRole('tab', { name: 'Réglages' }));
    const idle = await screen.findByLabelText('Verrouillage après (minutes sans activité)');
    await waitFor(() => expect((idle as HTMLInputElement).value).toBe('10'));
    await user.clear(idle);
    await user.type(idle, '0');
    await user.click(screen.getByRole('button', { name: 'Enregistrer les réglages' }));
    expect(await screen.findByText(/Certaines valeurs ne sont pas valides/)).toBeTruthy();
    await user.clear(idle);
    await user.type(idle, '5');
    await user.click(screen.getByRole('button', { name: 'Enregistrer les réglages' }));
    await screen.findByText('Réglages enregistrés.');
    expect((await api['settings.get']({})).idleLockMinutes).toBe(5);
  });
});

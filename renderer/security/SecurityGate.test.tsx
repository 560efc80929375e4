// @vitest-environment jsdom
// The gate as a user meets it: first launch, unlock, lock (button, Ctrl+L, idle time) and
// damaged data, against a fake host that validates every call as the real hosts do.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../shared/api/client';
import type { ApiHandlers } from '../../shared/api/contract';
import { dispatchAsync } from '../../shared/api/dispatch';
import type { BackupInfo, SessionStatus } from '../../shared/api/security';
import { MaillageError } from '../../shared/errors';
import { createTranslator } from '../../shared/i18n';
import { ApiProvider } from '../bridge/ApiContext';
import { CommandsProvider } from '../commands/CommandsContext';
import { LockButton } from './LockButton';
import { SecurityGate } from './SecurityGate';
import { useLockCommand } from './useLockCommand';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const PASSPHRASE = 'lanterne marée cobalt quarante-deux';

/** A host with a vault in memory: the passphrase, the failures, the state. */
function fakeHost(start: Partial<SessionStatus> = {}) {
  let status: SessionStatus = {
    state: 'uninitialised',
    problem: null,
    idleLockMinutes: null,
    failedAttempts: 0,
    retryInMs: 0,
    ...start,
  };
  let secret = start.state && start.state !== 'uninitialised' ? PASSPHRASE : '';
  const backup: BackupInfo = {
    id: 'maillage-20261120T080000000Z-daily.backup',
    reason: 'daily',
    createdAt: '2026-11-20T08:00:00.000Z',
    sizeBytes: 81920,
  };
  // The newest backup is damaged too: the restore must fall back to the one before.
  const damaged: BackupInfo = {
    ...backup,
    id: 'maillage-20261121T080000000Z-daily.backup',
    createdAt: '2026-11-21T08:00:00.000Z',
  };
  const restored: string[] = [];
  const open = (): SessionStatus =>
    (status = { ...status, state: 'unlocked', problem: null, idleLockMinutes: 10 });
  const handlers: Partial<ApiHandlers> = {
    'session.status': () => status,
    'session.setup': ({ passphrase }) => {
      secret = passphrase;
      return open();
    },
    'session.unlock': async ({ passphrase }) => {
      if (passphrase !== secret) {
        const failures = status.failedAttempts + 1;
        status = { ...status, failedAttempts: failures, retryInMs: failures >= 3 ? 5000 : 0 };
        throw new MaillageError('wrong_passphrase', 'Wrong passphrase.');
      }
      status = { ...status, failedAttempts: 0, retryInMs: 0 };
      return open();
    },
    'session.lock': () => (status = { ...status, state: 'locked', idleLockMinutes: null }),
    'backups.list': () => [damaged, backup],
    'backups.restore': ({ id }) => {
      restored.push(id);
      if (id === damaged.id) throw new MaillageError('db_corrupt', 'The backup is damaged.');
      return open();
    },
  };
  const calls: string[] = [];
  const api = createClient(async (op, input) => {
    calls.push(op);
    return structuredClone(await dispatchAsync(handlers as ApiHandlers, op, input));
  });
  return { api, calls, handlers, restored };
}

/** Ctrl+L, as the app registers it inside the gate (useLockCommand). */
function LockCommand() {
  useLockCommand();
  return null;
}

function renderGate(api: ReturnType<typeof fakeHost>['api']) {
  render(
    <I18nextProvider i18n={createTranslator('fr')}>
      <ApiProvider api={api}>
        <SecurityGate>
          <CommandsProvider>
            <LockCommand />
            <main>
              <p>La carte de Lina</p>
              <LockButton />
            </main>
          </CommandsProvider>
        </SecurityGate>
      </ApiProvider>
    </I18nextProvider>,
  );
}

describe('the first launch', () => {
  it('refuses a short, a different or an unconfirmed passphrase, then creates the vault', async () => {
    const host = fakeHost();
    renderGate(host.api);
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Protéger les données par une phrase secrète' });
    expect(screen.getByText('Une phrase secrète perdue, ce sont des données perdues')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Imprimer la feuille de récupération' }),
    ).toBeTruthy();

    await user.type(screen.getByLabelText('Phrase secrète'), 'court');
    await user.click(screen.getByRole('button', { name: 'Créer le coffre' }));
    expect(screen.getByText('La phrase secrète doit compter au moins 12 caractères.')).toBeTruthy();
    expect(screen.getByText('Les deux phrases ne sont pas identiques.')).toBeTruthy();
    expect(screen.getByText('Cochez cette case pour confirmer.')).toBeTruthy();
    expect(host.calls).not.toContain('session.setup');

    await user.clear(screen.getByLabelText('Phrase secrète'));
    await user.type(screen.getByLabelText('Phrase secrète'), PASSPHRASE);
    await user.type(screen.getByLabelText('Confirmer la phrase secrète'), PASSPHRASE);
    await waitFor(() =>
      expect(screen.getByRole('meter').getAttribute('aria-valuetext')).toBe('Excellente'),
    );
    await user.click(screen.getByLabelText(/J’ai compris/));
    await user.click(screen.getByRole('button', { name: 'Créer le coffre' }));
    expect(await screen.findByText('La carte de Lina')).toBeTruthy();
    expect(host.calls.filter((op) => op === 'session.setup')).toHaveLength(1);
  });

  it('calls a common password weak, even a long one', async () => {
    renderGate(fakeHost().api);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Phrase secrète'), 'motdepasse123');
    await waitFor(() =>
      expect(Number(screen.getByRole('meter').getAttribute('aria-valuenow'))).toBeLessThan(3),
    );
    await user.type(screen.getByLabelText('Confirmer la phrase secrète'), 'motdepasse123');
    await user.click(screen.getByLabelText(/J’ai compris/));
    await user.click(screen.getByRole('button', { name: 'Créer le coffre' }));
    expect(screen.getByText(/trop facile à deviner/)).toBeTruthy();
  });
});

describe('unlocking', () => {
  it('says a passphrase is wrong and shows the wait after repeated failures', async () => {
    const host = fakeHost({ state: 'locked' });
    renderGate(host.api);
    const user = userEvent.setup();
    const field = await screen.findByLabelText('Phrase secrète');
    for (let i = 0; i < 3; i++) {
      await user.type(field, 'pas la bonne phrase');
      await user.click(screen.getByRole('button', { name: 'Déverrouiller' }));
      await screen.findByText(
        new RegExp(`^${i + 1} essais? manqués? depuis`),
        {},
        { timeout: 5000 },
      );
      expect(screen.getByText('Phrase secrète incorrecte.')).toBeTruthy();
    }
    expect(await screen.findByText(/réessayez dans [1-5] s/)).toBeTruthy();
    expect(screen.getByText('3 essais manqués depuis le dernier déverrouillage.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Déverrouiller' })).toHaveProperty('disabled', true);
    expect(screen.queryByText('La carte de Lina')).toBeNull();
  });

  it('opens with the right passphrase and clears the field', async () => {
    renderGate(fakeHost({ state: 'locked' }).api);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Phrase secrète'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Déverrouiller' }));
    expect(await screen.findByText('La carte de Lina')).toBeTruthy();
  });
});

describe('locking', () => {
  it('takes the map out of the page on Ctrl+L, and tells the host', async () => {
    const host = fakeHost({ state: 'locked' });
    await host.handlers['session.unlock']!({ passphrase: PASSPHRASE });
    renderGate(host.api);
    await screen.findByText('La carte de Lina');
    fireEvent.keyDown(window, { key: 'l', ctrlKey: true });
    await screen.findByRole('heading', { name: 'Données verrouillées' });
    expect(screen.queryByText('La carte de Lina')).toBeNull();
    expect(host.calls).toContain('session.lock');
  });

  it('locks from the header button', async () => {
    const host = fakeHost({ state: 'locked' });
    await host.handlers['session.unlock']!({ passphrase: PASSPHRASE });
    renderGate(host.api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Verrouiller/ }));
    await screen.findByRole('heading', { name: 'Données verrouillées' });
    expect(screen.queryByText('La carte de Lina')).toBeNull();
  });

  it('locks after the idle time, and activity puts the lock off', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const host = fakeHost({ state: 'locked' });
    await host.handlers['session.unlock']!({ passphrase: PASSPHRASE });
    renderGate(host.api);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10);
    });
    expect(screen.getByText('La carte de Lina')).toBeTruthy();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(9 * 60_000);
    });
    fireEvent.pointerMove(window);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(9 * 60_000);
    });
    expect(screen.queryByText('La carte de Lina')).not.toBeNull();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(61_000);
    });
    expect(screen.queryByText('La carte de Lina')).toBeNull();
    expect(host.calls).toContain('session.lock');
  });
});

describe('damaged data', () => {
  it('explains, and restores the newest good backup after a confirmation', async () => {
    const host = fakeHost({ state: 'corrupt', problem: 'damaged_database' });
    renderGate(host.api);
    const user = userEvent.setup();
    expect(await screen.findByText(/ne passe pas la vérification d’intégrité/)).toBeTruthy();
    await user.click(
      await screen.findByRole('button', { name: 'Restaurer la sauvegarde la plus récente' }),
    );
    expect(screen.getByRole('alertdialog', { name: 'Restaurer cette sauvegarde ?' })).toBeTruthy();
    expect(host.calls).not.toContain('backups.restore');
    await user.click(screen.getByRole('button', { name: 'Restaurer' }));
    expect(await screen.findByText('La carte de Lina')).toBeTruthy();
    expect(host.restored).toEqual([
      'maillage-20261121T080000000Z-daily.backup',
      'maillage-20261120T080000000Z-daily.backup',
    ]);
  });

  it('says what to do when the key file is missing, and offers nothing to break', async () => {
    renderGate(fakeHost({ state: 'corrupt', problem: 'missing_key_file' }).api);
    expect(await screen.findByText(/Le fichier de clé \(maillage.key.json\) manque/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Restaurer/ })).toBeNull();
  });
});

// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MaillageError } from '../../shared/errors';
import { fakeApi } from '../testing/fakeApi';
import { renderWithApp } from '../testing/renderWithApp';
import { CaseForm } from './CaseForm';

afterEach(cleanup);

function setup(onSubmit = vi.fn(async () => {})) {
  renderWithApp(
    <CaseForm submitLabel="Créer la fiche" onSubmit={onSubmit} resetOnSuccess />,
    fakeApi({}).api,
  );
  return { onSubmit, user: userEvent.setup() };
}

/** The message announced with a field (its aria-describedby), as a screen reader reads it. */
function messageOf(label: string): string {
  const field = screen.getByLabelText(label);
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('CaseForm validation', () => {
  it('says the pseudonym is required and sends nothing', async () => {
    const { onSubmit, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Créer la fiche' }));
    expect(messageOf('Pseudonyme')).toContain('Ce champ est obligatoire.');
    expect(screen.getByLabelText('Pseudonyme')).toHaveProperty('ariaInvalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses a year that is not a year, or out of range, next to the year', async () => {
    const { onSubmit, user } = setup();
    await user.type(screen.getByLabelText('Pseudonyme'), 'Lina');
    await user.type(screen.getByLabelText('Année de naissance'), 'deux mille');
    await user.click(screen.getByRole('button', { name: 'Créer la fiche' }));
    expect(messageOf('Année de naissance')).toContain('Cette valeur n’est pas valide.');
    await user.clear(screen.getByLabelText('Année de naissance'));
    await user.type(screen.getByLabelText('Année de naissance'), '1850');
    await user.click(screen.getByRole('button', { name: 'Créer la fiche' }));
    expect(messageOf('Année de naissance')).toContain('Cette valeur est hors des limites.');
    expect(messageOf('Pseudonyme')).not.toContain('obligatoire');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends trimmed values, an empty year as unknown, then empties the form', async () => {
    const { onSubmit, user } = setup();
    await user.type(screen.getByLabelText('Pseudonyme'), '  Lina ');
    await user.type(screen.getByLabelText('Éducateur ou éducatrice référent·e'), 'M. Durand');
    await user.click(screen.getByRole('button', { name: 'Créer la fiche' }));
    expect(onSubmit).toHaveBeenCalledWith({
      pseudonym: 'Lina',
      birthYear: null,
      referent: 'M. Durand',
    });
    expect(screen.getByLabelText('Pseudonyme')).toHaveProperty('value', '');
  });

  it('shows the store’s refusal next to the field and in the alert area', async () => {
    const refuse = vi.fn(async () => {
      throw new MaillageError('invalid_input', 'bad', [{ path: 'referent', issue: 'too_long' }]);
    });
    const { user } = setup(refuse);
    await user.type(screen.getByLabelText('Pseudonyme'), 'Lina');
    await user.click(screen.getByRole('button', { name: 'Créer la fiche' }));
    expect(messageOf('Éducateur ou éducatrice référent·e')).toContain('Ce texte est trop long.');
    expect(screen.getByRole('alert').textContent).toContain(
      'Certaines valeurs ne sont pas valides.',
    );
    expect(screen.getByLabelText('Pseudonyme')).toHaveProperty('value', 'Lina');
  });
});

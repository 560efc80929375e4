// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '../testing/fakeApi';
import { renderWithApp } from '../testing/renderWithApp';
import { PartnershipForm } from './PartnershipForm';

afterEach(cleanup);

function setUp() {
  const saved: unknown[] = [];
  const { api, calls } = fakeApi({
    'directory.list': () => [],
    'cases.list': () => [],
  });
  renderWithApp(<PartnershipForm partnership={null} onSaved={(p) => saved.push(p)} />, api);
  return { calls, saved };
}

const writes = (calls: { op: string }[]) =>
  calls.filter((c) => c.op !== 'directory.list' && c.op !== 'cases.list');

describe('the partnership form', () => {
  it('refuses a partnership without a project title, next to the field, sending nothing', async () => {
    const { calls } = setUp();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Créer le partenariat' }));
    const title = screen.getByLabelText('Projet');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(writes(calls)).toEqual([]);
  });

  it('refuses a planned end before the start, with the message by the end date', async () => {
    const { calls } = setUp();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Projet'), 'Scolarité des mineurs non accompagnés');
    await user.clear(screen.getByLabelText('Début'));
    await user.type(screen.getByLabelText('Début'), '2026-09-01');
    await user.type(screen.getByLabelText('Fin prévue'), '2026-06-30');
    await user.click(screen.getByRole('button', { name: 'Créer le partenariat' }));
    const end = screen.getByLabelText('Fin prévue');
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByText('La fin ne peut pas précéder le début : choisissez une date plus tardive.'),
    ).toBeTruthy();
    expect(writes(calls)).toEqual([]);
  });

  it('needs an indicator for each objective', async () => {
    const { calls } = setUp();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Projet'), 'Projet d’autonomie de A.');
    await user.click(screen.getByRole('button', { name: 'Ajouter un objectif' }));
    await user.type(screen.getByLabelText('Objectif 1'), 'Une chambre en FJT');
    await user.click(screen.getByRole('button', { name: 'Créer le partenariat' }));
    expect(screen.getByLabelText('Indicateur 1').getAttribute('aria-invalid')).toBe('true');
    expect(writes(calls)).toEqual([]);
  });
});

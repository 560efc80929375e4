// @vitest-environment jsdom
// The reviews screen over the in-memory store: the timeline, the comparison of any two reviews
// (table and narrative), the snapshot proposed when the review is due, a snapshot opened
// read-only with its notes, starting again from it, and the meeting mode's keys.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { idFor } from '../../shared/snapshots/testing';
import { fakeApi } from '../testing/fakeApi';
import { renderWithApp } from '../testing/renderWithApp';
import { addMonths, localToday } from './dates';
import { memoryReviews } from './memoryReviews';
import { ReviewsScreen } from './ReviewsScreen';

// Drawing needs a real canvas (the end-to-end test looks at it); here the maps list their labels.
vi.mock('./ReadOnlyMap', () => ({
  ReadOnlyMap: ({
    elements,
    label,
  }: {
    elements: { data: { label?: string } }[];
    label: string;
  }) => (
    <ul aria-label={label}>
      {elements
        .filter((e) => e.data.label !== undefined)
        .map((e, i) => (
          <li key={i}>{e.data.label}</li>
        ))}
    </ul>
  ),
}));
vi.mock('./EvolutionChart', async () => {
  const { EvolutionTable } = await import('./EvolutionTable');
  return { EvolutionChart: EvolutionTable };
});

afterEach(() => {
  cleanup();
  window.sessionStorage.clear();
});

function setup(options: Parameters<typeof memoryReviews>[0] = {}) {
  const store = memoryReviews(options);
  const { api, calls } = fakeApi(store.handlers);
  const onBack = vi.fn();
  renderWithApp(<ReviewsScreen caseId={store.caseId} onBack={onBack} />, api);
  return { store, calls, onBack, user: userEvent.setup() };
}

const rows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent?.trim()));

async function pick(user: ReturnType<typeof userEvent.setup>, from: string, to: string) {
  const timeline = await screen.findByRole('list', { name: 'Instantanés' });
  const item = (label: string) =>
    within(timeline)
      .getAllByRole('listitem')
      .find((li) => li.textContent?.includes(label)) as HTMLElement;
  await user.click(within(item(from)).getByLabelText('Depuis'));
  await user.click(within(item(to)).getByLabelText('Jusqu’à'));
  return screen.findByRole('region', { name: `« ${from} » → « ${to} »` });
}

describe('the reviews screen', () => {
  it('lists the reviews, then compares the last one with now by default', async () => {
    setup();
    await screen.findByRole('heading', { name: 'Bilans de Lina' });
    const items = within(screen.getByRole('list', { name: 'Instantanés' })).getAllByRole(
      'listitem',
    );
    expect(items.map((li) => li.querySelector('.timeline-label')?.textContent)).toEqual([
      'Admission',
      'Bilan de mars',
      'Bilan de juin',
      'Aujourd’hui (carte actuelle)',
    ]);
    const region = await screen.findByRole('region', {
      name: '« Bilan de juin » → « Aujourd’hui (carte actuelle) »',
    });
    expect(within(region).getByTestId('narrative').textContent).toBe(
      'Depuis « Bilan de juin » : aucun changement sur la carte.',
    );
  });

  it('compares any two reviews: the table lists each change, the narrative names them', async () => {
    const { user } = setup();
    const region = await pick(user, 'Admission', 'Bilan de mars');
    expect(rows(within(region).getByRole('table', { name: 'Ce qui a changé' }))).toEqual([
      ['Ajouté', 'Acteur', 'Club de foot', 'réseau secondaire informel'],
      ['Perdu', 'Acteur', 'Anaïs Bertin (amie)', 'réseau primaire'],
      ['Ajouté', 'Lien', 'Lina – Club de foot', 'soutenant, proximité 3'],
      ['Perdu', 'Lien', 'Lina – Anaïs Bertin (amie)', 'soutenant, proximité 4'],
      ['Modifié', 'Lien', 'Lina – Karim Benali (père)', 'conflictuel → neutre ▲'],
      ['Modifié', 'Lien', 'Lina – Collège Jean Moulin', 'proximité 3 → 4 ▲'],
    ]);
    expect(within(region).getByTestId('narrative').textContent).toContain(
      'le réseau secondaire informel est apparu (Club de foot)',
    );
    const measures = rows(within(region).getByRole('table', { name: 'Les mesures côte à côte' }));
    expect(measures[0]).toEqual(['Acteurs autour de la personne', '4', '4', '0']);
    expect(measures[2]).toEqual(['Réseau secondaire informel', '0', '1', '+1']);
    // The map marks the lost friend and draws the new club.
    const map = within(region).getByRole('list', { name: /Écocarte des changements/ });
    expect(within(map).getByText('Anaïs Bertin\namie', { collapseWhitespace: false })).toBeTruthy();
  });

  it('proposes the review’s snapshot when its day has come, with the next review in four months', async () => {
    const { user, calls } = setup({ nextReviewOn: '2026-03-01', due: true });
    await screen.findByText(/Le bilan prévu le 1 mars 2026 est arrivé/);
    await user.click(screen.getByRole('button', { name: 'Prendre l’instantané du bilan' }));
    const form = screen.getByRole('form', { name: 'Nouvel instantané de la carte' });
    const label = within(form).getByLabelText('Libellé') as HTMLInputElement;
    expect(label.value).toMatch(/^Bilan de \p{L}+ \d{4}$/u);
    await user.clear(label);
    await user.click(within(form).getByRole('button', { name: 'Prendre l’instantané' }));
    expect(within(form).getByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(calls.filter((c) => c.op === 'snapshots.take')).toEqual([]);

    await user.type(label, 'Bilan de novembre');
    await user.click(within(form).getByRole('button', { name: 'Prendre l’instantané' }));
    await screen.findByText('Instantané pris : « Bilan de novembre ».');
    const today = localToday();
    expect(calls.filter((c) => c.op === 'snapshots.take').map((c) => c.input)).toEqual([
      {
        caseId: idFor('case'),
        label: 'Bilan de novembre',
        takenOn: today,
        nextReviewOn: addMonths(today, 4),
      },
    ]);
    expect(screen.queryByText(/est arrivé/)).toBeNull();
  });

  it('opens a snapshot read-only, with its meeting notes, and starts again from it', async () => {
    const { user, calls } = setup();
    await user.click(
      await screen.findByRole('button', { name: 'Voir l’instantané « Bilan de mars »' }),
    );
    const viewer = await screen.findByRole('region', { name: 'Bilan de mars' });
    expect(
      within(viewer).getByText('Lecture seule : un instantané ne se modifie pas'),
    ).toBeTruthy();
    await user.type(within(viewer).getByLabelText('Auteur'), 'Mme K.');
    await user.type(within(viewer).getByLabelText('Note'), 'Relancer le club');
    await user.click(within(viewer).getByRole('button', { name: 'Ajouter la note' }));
    await within(viewer).findByText('Relancer le club');

    await user.click(within(viewer).getByRole('button', { name: 'Repartir de cet instantané' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Repartir de cet instantané ?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remplacer la carte actuelle' }));
    await screen.findByText('La carte actuelle reprend « Bilan de mars ».');
    expect(calls.filter((c) => c.op === 'map.startFromSnapshot').map((c) => c.input)).toEqual([
      { snapshotId: idFor('snap:march') },
    ]);
  });

  it('steps through the reviews in the meeting mode with the arrow keys; Escape leaves', async () => {
    const { user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Mode réunion' }));
    const meeting = screen.getByRole('dialog', { name: 'Réunion de synthèse' });
    const step = () => meeting.querySelector('.meeting-step')?.textContent;
    expect(step()).toBe('3 / 3 : « Bilan de juin » → « Aujourd’hui (carte actuelle) »');
    await user.keyboard('{ArrowLeft}');
    expect(step()).toBe('2 / 3 : « Bilan de mars » → « Bilan de juin »');
    await within(meeting).findByText(/nouvel acteur : Sophie Roux/);
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(step()).toBe('1 / 3 : « Admission » → « Bilan de mars »');
    await user.keyboard('{ArrowRight}');
    expect(step()).toBe('2 / 3 : « Bilan de mars » → « Bilan de juin »');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

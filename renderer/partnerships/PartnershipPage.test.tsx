// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../../shared/i18n';
import type { Partnership, PartnershipSummary } from '../../shared/partnerships/model';
import { MaillageError } from '../../shared/errors';
import { NetworkScreens } from '../home/NetworkScreens';
import type { NetworkRoute } from '../home/routes';
import { fakeApi } from '../testing/fakeApi';
import { renderWithApp } from '../testing/renderWithApp';

afterEach(cleanup);

const ID = '1b000000-0000-4000-8000-000000000001';
const OTHER_ID = '1b000000-0000-4000-8000-000000000002';
const FJT = '2c000000-0000-4000-8000-000000000001';
const ML = '2c000000-0000-4000-8000-000000000002';
const CASE = '3d000000-0000-4000-8000-000000000001';
const OBJ = '4e000000-0000-4000-8000-000000000001';
const TITLE = 'Projet d’autonomie de A.';

const principle = { checked: false, comment: '' };
const evaluation = (n: number, heldOn: string) => ({
  id: `5f000000-0000-4000-8000-00000000000${n}`,
  partnershipId: ID,
  heldOn,
  attendees: { partnerEntryIds: [FJT], family: true, youngPerson: true, others: '' },
  ratings: [{ objectiveId: OBJ, rating: 'partly' as const }],
  decision: 'continue' as const,
  notes: '',
  nextOn: null,
  createdAt: `${heldOn}T10:00:00.000Z`,
});

const PARTNERSHIP: Partnership = {
  id: ID,
  title: TITLE,
  need: 'Un logement à la sortie du foyer',
  caseIds: [CASE],
  objectives: [{ id: OBJ, text: 'Accéder à une chambre en FJT', indicator: 'contrat signé' }],
  partners: [
    {
      entryId: FJT,
      role: 'hébergement',
      stage: 'enrolment',
      name: 'Foyer Jeunes Travailleurs',
      domain: 'housing',
      kind: 'organisation',
    },
    {
      entryId: ML,
      role: 'insertion',
      stage: 'interessement',
      name: 'Mission locale',
      domain: 'employment',
      kind: 'organisation',
    },
  ],
  cases: [{ caseId: CASE, pseudonym: 'A.' }],
  principles: {
    mutual_interest: principle,
    equality: principle,
    autonomy: principle,
    cooperation: principle,
    evaluation: principle,
  },
  formalisation: { kind: 'none', signedOn: null, reference: '', documentPath: '' },
  startOn: '2026-01-15',
  plannedEndOn: '2026-12-31',
  status: 'active',
  evaluationsPerYear: 3,
  nextEvaluationOn: '2026-06-27',
  endedOn: null,
  endReason: '',
  steps: Array.from({ length: 19 }, (_, i) => ({
    step: i + 1,
    done: i < 3,
    doneOn: i < 3 ? '2026-01-20' : null,
    comment: '',
  })),
  evaluations: [evaluation(2, '2026-02-27'), evaluation(1, '2026-01-30')],
  createdAt: '2026-01-15T09:00:00.000Z',
  updatedAt: '2026-02-27T10:00:00.000Z',
};

const summary = (p: Partnership): PartnershipSummary => ({
  id: p.id,
  title: p.title,
  status: p.status,
  startOn: p.startOn,
  plannedEndOn: p.plannedEndOn,
  endedOn: p.endedOn,
  nextEvaluationOn: p.nextEvaluationOn,
  formalisation: p.formalisation.kind,
  partnerCount: p.partners.length,
  caseCount: p.cases.length,
  objectiveCount: p.objectives.length,
  stepsDone: p.steps.filter((s) => s.done).length,
});

/** The network screens as the app's frame drives them: the route changes on each onGo. */
function Frame({ start }: { start: NetworkRoute }) {
  const [route, setRoute] = useState<NetworkRoute>(start);
  return <NetworkScreens route={route} onGo={setRoute} onCases={() => {}} />;
}

function setUp(options: { refuse?: boolean; language?: Language } = {}) {
  const stored = new Map<string, Partnership>([
    [ID, PARTNERSHIP],
    [OTHER_ID, { ...PARTNERSHIP, id: OTHER_ID, title: 'Scolarité de A.', evaluations: [] }],
  ]);
  const { api, calls } = fakeApi({
    'partnerships.get': ({ id }) => {
      const found = stored.get(id);
      if (!found) throw new MaillageError('not_found', `No partnership with id ${id}.`);
      return found;
    },
    'partnerships.list': () => [...stored.values()].map(summary),
    'partnerships.delete': ({ id }) => {
      if (options.refuse || !stored.delete(id)) {
        throw new MaillageError('not_found', `No partnership with id ${id}.`);
      }
      return { deleted: true };
    },
    'directory.list': () => [],
    'cases.list': () => [],
  });
  renderWithApp(<Frame start={{ view: 'partnership', id: ID }} />, api, options.language);
  return { calls, stored, user: userEvent.setup() };
}

const deletions = (calls: { op: string; input: unknown }[]) =>
  calls.filter((c) => c.op === 'partnerships.delete');

describe('deleting a partnership', () => {
  it('asks first, naming it and saying what goes and what stays, then shows the list', async () => {
    const { calls, stored, user } = setUp();
    await user.click(await screen.findByRole('button', { name: 'Supprimer le partenariat…' }));

    const dialog = screen.getByRole('alertdialog', {
      name: 'Supprimer le partenariat « Projet d’autonomie de A. » ?',
    });
    const message = dialog.textContent ?? '';
    expect(message).toContain('ses étapes de construction (3 cochées sur 19), ses 2 bilans');
    expect(message).toContain(
      'Ses 2 partenaires restent dans le carnet d’adresses : Foyer Jeunes Travailleurs, Mission locale.',
    );
    expect(message).toContain('La situation liée reste intacte, avec son écocarte : A.');
    // Nothing is sent before the answer; the safe answer has the focus.
    expect(deletions(calls)).toEqual([]);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Annuler' }));

    await user.click(within(dialog).getByRole('button', { name: 'Supprimer définitivement' }));

    expect(deletions(calls)).toEqual([{ op: 'partnerships.delete', input: { id: ID } }]);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Partenariats' });
    expect(
      screen
        .getAllByRole('status')
        .some(
          (s) => s.textContent === 'Le partenariat « Projet d’autonomie de A. » a été supprimé.',
        ),
    ).toBe(true);
    expect(document.activeElement).toBe(heading);
    expect(await screen.findByRole('button', { name: 'Ouvrir « Scolarité de A. »' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: `Ouvrir « ${TITLE} »` })).toBeNull();
    expect([...stored.keys()]).toEqual([OTHER_ID]);
  });

  it('sends nothing when the question is cancelled, with the button or Escape', async () => {
    const { calls, user } = setUp();
    const button = await screen.findByRole('button', { name: 'Supprimer le partenariat…' });
    await user.click(button);
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    // The focus comes back to the button that asked.
    expect(document.activeElement).toBe(button);

    await user.click(button);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();

    expect(deletions(calls)).toEqual([]);
    expect(screen.getByRole('heading', { level: 1, name: TITLE })).toBeTruthy();
  });

  it('stays on the page and says why when the store refuses', async () => {
    const { calls, user } = setUp({ refuse: true });
    await user.click(await screen.findByRole('button', { name: 'Supprimer le partenariat…' }));
    await user.click(screen.getByRole('button', { name: 'Supprimer définitivement' }));
    expect(deletions(calls)).toHaveLength(1);
    expect(
      await screen.findByText('Élément introuvable : il a peut-être été supprimé.'),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: TITLE })).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: 'Supprimer le partenariat…' }) as HTMLButtonElement)
        .disabled,
    ).toBe(false);
  });

  it('says the same in English, without evaluations or links when there are none', async () => {
    const { user } = setUp({ language: 'en' });
    // The other partnership has no evaluation; open it through the list.
    await user.click(await screen.findByRole('button', { name: /Back to the partnerships/ }));
    await user.click(await screen.findByRole('button', { name: 'Open “Scolarité de A.”' }));
    await user.click(await screen.findByRole('button', { name: 'Delete partnership…' }));
    const dialog = screen.getByRole('alertdialog', {
      name: 'Delete the partnership “Scolarité de A.”?',
    });
    expect(dialog.textContent).toContain(
      'its building steps (3 of 19 ticked), its evaluations (none yet) and its list of partners.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Delete for good' }));
    expect(await screen.findByText('The partnership “Scolarité de A.” was deleted.')).toBeTruthy();
  });
});

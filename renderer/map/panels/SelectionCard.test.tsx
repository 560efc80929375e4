// @vitest-environment jsdom
// The selected element's card on the read-only map (names hidden): clicking an actor shows its
// network, domain and tie to the person in words, never its notes; a tie shows its two ends and
// its quality; "Désélectionner" or Escape clears it. The canvas is a stand-in offering one button
// per actor and per tie (its onSelect is what a click on Cytoscape calls); the analysis too.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MapData } from '../../../shared/model';
import { buildMap } from '../../../shared/snapshots/testing';
import { memoryReviews } from '../../reviews/memoryReviews';
import { PrivacyProvider, PrivateScope } from '../../reviews/privacy';
import { fakeApi } from '../../testing/fakeApi';
import { renderWithApp } from '../../testing/renderWithApp';
import type { Selection } from '../canvas/MapCanvas';
import { MapScreen } from '../MapScreen';
import { SelectionCard } from './SelectionCard';

vi.mock('../canvas/MapCanvas', () => ({
  MapCanvas: (props: { data: MapData; onSelect: (selection: Selection | null) => void }) => (
    <div>
      {props.data.actors.map((actor) => (
        <button
          key={actor.id}
          type="button"
          onClick={() => props.onSelect({ type: 'actor', id: actor.id })}
        >
          {`rond ${actor.name}`}
        </button>
      ))}
      {props.data.ties.map((tie, index) => (
        <button
          key={tie.id}
          type="button"
          onClick={() => props.onSelect({ type: 'tie', id: tie.id })}
        >
          {`lien ${index}`}
        </button>
      ))}
    </div>
  ),
}));
vi.mock('../../analysis/panel/AnalysisPanel', () => ({
  AnalysisPanel: () => <p>Lecture du réseau</p>,
}));

afterEach(() => {
  cleanup();
  sessionStorage.clear();
  vi.unstubAllGlobals();
});

function setup() {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
  sessionStorage.setItem('maillage.pseudonymised', 'on');
  const reviews = memoryReviews();
  const { api } = fakeApi(reviews.handlers);
  renderWithApp(
    <PrivacyProvider>
      <PrivateScope>
        <MapScreen caseId={reviews.caseId} onBack={() => undefined} />
      </PrivateScope>
    </PrivacyProvider>,
    api,
  );
  return userEvent.setup();
}

const card = () => screen.queryByRole('region', { name: /sélectionné/ });
const detail = (region: HTMLElement, term: string) =>
  within(region).getByText(term).nextElementSibling?.textContent;

describe('the selected element on the read-only map', () => {
  it('shows an actor, then a tie, and clears with the button or Escape', async () => {
    const user = setup();
    await screen.findByRole('note');
    expect(card()).toBeNull();

    // The June map's school: formal secondary network, school, tie 4 with Lina.
    await user.click(await screen.findByRole('button', { name: 'rond Établissement scolaire' }));
    const actorCard = card()!;
    expect(within(actorCard).getByRole('heading').textContent).toMatch(/^Acteur sélectionné/);
    expect(detail(actorCard, 'Réseau')).toBe('Réseau secondaire formel');
    expect(detail(actorCard, 'Domaine')).toBe('École, formation');
    expect(detail(actorCard, 'Qualité')).toBe('Soutenant');
    expect(actorCard.textContent).toContain('4 · Proche');
    expect(detail(actorCard, 'Liens')).toBe('2 liens');
    expect(actorCard.textContent).toContain('Notes masquées avec les noms.');

    await user.click(within(actorCard).getByRole('button', { name: 'Désélectionner' }));
    expect(card()).toBeNull();

    // The father's tie: both ends, quality, support both ways, weekly.
    await user.click(screen.getByRole('button', { name: 'lien 1' }));
    const tieCard = card()!;
    expect(within(tieCard).getByRole('heading').textContent).toMatch(/^Lien sélectionné/);
    expect(detail(tieCard, 'Qualité')).toBe('Soutenant');
    expect(detail(tieCard, 'Force')).toBe('4 · Proche');
    expect(detail(tieCard, 'Fréquence')).toBe('Chaque semaine');
    expect(within(tieCard).getByRole('heading').textContent).toMatch(/L\. — Père$/);

    within(tieCard).getByRole('button', { name: 'Désélectionner' }).focus();
    await user.keyboard('{Escape}');
    expect(card()).toBeNull();
  });
});

describe('SelectionCard', () => {
  const data = buildMap({
    actors: [
      { key: 'aunt', name: 'T.A.', role: 'tante', notes: 'Confie des secrets', at: [0, 0] },
      {
        key: 'club',
        name: 'C.F.',
        kind: 'organisation',
        sphere: 'informal_secondary',
        domain: 'sport',
        at: [10, 10],
      },
    ],
    ties: [
      { from: 'ego', to: 'aunt', closeness: 5, valence: 'ambivalent' },
      {
        from: 'aunt',
        to: 'club',
        closeness: 2,
        valence: 'stressful',
        supportForward: ['practical', 'information'],
        critical: 'very',
      },
    ],
  });
  const show = (selection: Selection) => {
    const onClear = vi.fn();
    renderWithApp(
      <SelectionCard data={data} selection={selection} onClear={onClear} />,
      fakeApi({}).api,
    );
    return onClear;
  };

  it('never shows an actor’s notes, even when the data carry them', () => {
    show({ type: 'actor', id: data.actors.find((a) => a.name === 'T.A.')!.id });
    const region = card()!;
    expect(region.textContent).not.toContain('secrets');
    expect(detail(region, 'Rôle')).toBe('tante');
    expect(region.textContent).toContain('5 · Indispensable');
    expect(detail(region, 'Qualité')).toBe('Ambivalent');
  });

  it('gives a tie’s support directions and importance', async () => {
    const tie = data.ties.find((t) => t.valence === 'stressful')!;
    const onClear = show({ type: 'tie', id: tie.id });
    const region = card()!;
    expect(detail(region, 'Soutien de T.A. à C.F.')).toBe('Pratique, Information, conseil');
    expect(detail(region, 'Importance')).toBe('Essentiel');
    expect(detail(region, 'Qualité')).toBe('Stressant');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Désélectionner' }));
    expect(onClear).toHaveBeenCalledOnce();
  });
});

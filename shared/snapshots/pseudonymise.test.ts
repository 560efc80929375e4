// Pseudonymisation: role labels, short roles, organisations by domain, initials made unique,
// notes emptied, names found in free text, and the same label for the same person everywhere.
import { describe, expect, it } from 'vitest';
import { MapData } from '../model';
import { reviewsFr } from '../i18n/reviews-fr';
import { initialsOf, normaliseName } from './names';
import { Pseudonymiser, shortenRole } from './pseudonymise';
import { buildMap } from './testing';

const words = reviewsFr.pseudonyms;

const REAL_NAMES = [
  'Lina',
  'Mme Durand',
  'Durand',
  'Samia Benali',
  'Samia',
  'Benali',
  'Karim Benali',
  'Karim',
  'Anaïs Bertin',
  'Bertin',
  'Sophie Laurent',
  'Laurent',
  'FC Belleville',
  'Belleville',
  'Collège Jean Moulin',
  'Moulin',
];

function fixture() {
  return buildMap({
    actors: [
      { key: 'mother', name: 'Samia Benali', role: 'mère', notes: 'Appelle Karim le soir' },
      { key: 'father', name: 'Karim Benali', role: 'père' },
      { key: 'friend', name: 'Anaïs Bertin' },
      { key: 'cousin', name: 'Alexis Brun' },
      {
        key: 'educ',
        name: 'Sophie Laurent',
        role: 'éducatrice de l’ASE',
        sphere: 'formal_secondary',
        domain: 'child_welfare',
      },
      {
        key: 'club',
        name: 'FC Belleville',
        kind: 'organisation',
        sphere: 'formal_secondary',
        domain: 'sport',
      },
      {
        key: 'school',
        name: 'Collège Jean Moulin',
        kind: 'organisation',
        role: 'CPE de Lina',
        sphere: 'formal_secondary',
        domain: 'school',
      },
    ],
    ties: [
      { from: 'ego', to: 'mother', notes: 'Samia a appelé' },
      { from: 'ego', to: 'father', valence: 'conflictual' },
    ],
  });
}

describe('initials and short roles', () => {
  it('reduce names to initials, leaving titles and particles out', () => {
    expect(initialsOf('Karim Benali')).toBe('K.B.');
    expect(initialsOf('Jean-Pierre Durand')).toBe('J.-P.D.');
    expect(initialsOf('Mme Durand')).toBe('D.');
    expect(initialsOf('Élodie de la Fontaine')).toBe('É.F.');
    expect(initialsOf('  ')).toBe('?');
  });

  it('capitalise a role and shorten the usual ones', () => {
    expect(shortenRole('mère')).toBe('Mère');
    expect(shortenRole('éducatrice de l’ASE')).toBe('Éd. ASE');
    expect(shortenRole('Educateur spécialisé')).toBe('Éd. spé.');
    expect(shortenRole('assistante sociale du département')).toBe('AS département');
    expect(shortenRole('ami du quartier')).toBe('Ami du quartier');
  });
});

describe('a pseudonymised map', () => {
  it('names everyone by role, organisation or initials, and keeps no note', () => {
    const p = new Pseudonymiser(words);
    const shown = p.map(fixture());
    expect(MapData.safeParse(shown).success).toBe(true);
    expect(shown.case.pseudonym).toBe('L.');
    expect(shown.case.referent).toBe('D.');
    expect(shown.actors.map((a) => a.name)).toEqual([
      'L.',
      'Mère',
      'Père',
      'A.B.',
      'A.B. 2',
      'Éd. ASE',
      'Club sportif',
      'CPE de L.',
    ]);
    expect(shown.actors.every((a) => a.notes === '' && a.roleLabel === '')).toBe(true);
    expect(shown.ties.every((t) => t.notes === '')).toBe(true);
  });

  it('leaves no real name anywhere in what it returns', () => {
    const p = new Pseudonymiser(words);
    const text = normaliseName(JSON.stringify(p.map(fixture())));
    for (const name of REAL_NAMES) expect(text).not.toContain(normaliseName(name));
  });

  it('gives a person the same label in every snapshot, whatever else changed', () => {
    const first = fixture();
    // Later: Alexis left, so Anaïs is the only "A.B." left; she must stay "A.B.".
    const later = {
      ...first,
      actors: first.actors.filter((a) => a.name !== 'Alexis Brun'),
    };
    const p = new Pseudonymiser(words);
    p.registerMaps(first.case.id, [later, first]);
    const label = (data: MapData, name: string) =>
      p.map(data).actors[data.actors.findIndex((a) => a.name === name)]?.name;
    expect(label(later, 'Anaïs Bertin')).toBe('A.B.');
    expect(label(first, 'Anaïs Bertin')).toBe('A.B.');
    expect(label(first, 'Alexis Brun')).toBe('A.B. 2');
  });

  it('never gives an actor the label of the person at the centre', () => {
    const data = buildMap({ actors: [{ key: 'lucas', name: 'Lucas' }], ties: [] });
    const shown = new Pseudonymiser(words).map(data);
    expect(shown.actors.map((a) => a.name)).toEqual(['L.', 'L. 2']);
  });
});

describe('names inside free text', () => {
  it('become labels or initials, accents and case aside', () => {
    const p = new Pseudonymiser(words);
    p.map(fixture());
    expect(p.text('Bilan de Lina après le départ de KARIM benali')).toBe(
      'Bilan de L. après le départ de Père',
    );
    expect(p.text('Rencontre avec Anais et le FC Belleville.')).toBe(
      'Rencontre avec A. et le Club sportif.',
    );
    expect(p.text('Bilan de mars')).toBe('Bilan de mars');
  });

  it('cover every case of a list, made unique in the order the cases were created', () => {
    const p = new Pseudonymiser(words);
    const at = (day: number) => `2026-01-${String(day).padStart(2, '0')}T00:00:00.000Z`;
    p.registerCases([
      { id: 'b', pseudonym: 'Léo', referent: '', createdAt: at(2) },
      { id: 'a', pseudonym: 'Lina', referent: 'M. Roux', createdAt: at(1) },
    ]);
    expect(p.caseRecord({ id: 'a', pseudonym: 'Lina', referent: 'M. Roux' })).toEqual({
      id: 'a',
      pseudonym: 'L.',
      referent: 'R.',
    });
    expect(p.caseRecord({ id: 'b', pseudonym: 'Léo', referent: '' }).pseudonym).toBe('L. 2');
  });
});

// The narrative of a change: the facts in their order, and the French and English sentences.
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n';
import { compareMaps } from './compare';
import { reviewMaps } from './fixture';
import { changeFacts, changeNarrative, MAX_NAMED } from './narrative';
import { buildMap } from './testing';

const fr = createTranslator('fr').t;
const en = createTranslator('en').t;

describe('the facts of a change', () => {
  it('tell the admission-to-March change in order', () => {
    const { admission, march } = reviewMaps();
    const facts = changeFacts(compareMaps(admission, march));
    expect(facts.map((f) => f.code)).toEqual([
      'sphere_appeared',
      'actors_lost',
      'tie_changed',
      'tie_changed',
    ]);
    expect(facts[0]).toEqual({
      code: 'sphere_appeared',
      sphere: 'informal_secondary',
      actors: ['Club de foot'],
    });
  });

  it('say there is no change when there is none', () => {
    const { june } = reviewMaps();
    expect(changeFacts(compareMaps(june, june))).toEqual([{ code: 'no_change' }]);
  });

  it('name a few actors and count the others', () => {
    const many = Array.from({ length: MAX_NAMED + 3 }, (_, i) => ({
      key: `p${i}`,
      name: `Personne ${i}`,
    }));
    const mother = { key: 'mother', name: 'Mère' };
    const before = buildMap({ actors: [mother], ties: [] });
    const after = buildMap({ actors: [mother, ...many], ties: [] });
    const text = changeNarrative(compareMaps(before, after), 'Admission', fr, 'fr');
    expect(text).toBe(
      'Depuis « Admission » : nouveaux acteurs : Personne 0, Personne 1, Personne 2, ' +
        'Personne 3, Personne 4 et 3 autres.',
    );
  });
});

describe('the sentence', () => {
  it('reads in French with the words of the review', () => {
    const { admission, march } = reviewMaps();
    const text = changeNarrative(compareMaps(admission, march), 'Admission', fr, 'fr');
    expect(text).toMatch(/^Depuis « Admission » : le réseau secondaire informel est apparu/);
    expect(text).toContain('le réseau secondaire informel est apparu (Club de foot)');
    expect(text).toContain('n’est plus sur la carte : Anaïs Bertin (amie)');
    expect(text).toContain('le lien avec Karim Benali (père) est passé de conflictuel à neutre');
    expect(text).toContain('le lien avec Collège Jean Moulin s’est resserré (proximité 3 → 4)');
    // The person's constraint is the same (four unconnected contacts each time): not told.
    expect(text).not.toContain('contrainte');
    expect(text.endsWith('(proximité 3 → 4).')).toBe(true);
  });

  it('tells June’s new ties, the club placed nearer and the new strong tie', () => {
    const { march, june } = reviewMaps();
    const text = changeNarrative(compareMaps(march, june), 'Bilan de mars', fr, 'fr');
    expect(text).toContain('nouvel acteur : Sophie Roux (éducatrice ASE)');
    expect(text).toContain(
      'le lien avec Karim Benali (père) est passé de neutre à soutenant, ' +
        's’est resserré (proximité 2 → 4) et est devenu fort',
    );
    expect(text).toContain('Club de foot se rapproche de la personne (cercle 4 → 1)');
    expect(text).toContain('entre les autres acteurs : 1 lien ajouté');
    expect(text).toContain('part des liens forts de la personne : 25\u00a0% → 40\u00a0%');
    expect(text).toContain(
      'la personne dépend davantage d’un seul cercle (contrainte 0,25 → 0,30)',
    );
  });

  it('reads in English too', () => {
    const { admission, march } = reviewMaps();
    const text = changeNarrative(compareMaps(admission, march), 'Admission', en, 'en');
    expect(text).toMatch(
      /^Since “Admission”: the informal secondary network appeared \(Club de foot\); /,
    );
    expect(text).toContain('the tie with Karim Benali (père) went from conflictual to neutral');
  });
});

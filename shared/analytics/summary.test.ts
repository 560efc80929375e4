import { describe, expect, it } from 'vitest';
import fixture from '../../test/fixtures/cli/map.json';
import { MapData } from '../model';
import { createTranslator } from '../i18n';
import { buildMapGraphs } from './build-graph';
import { mapComposition } from './composition';
import { mapFindings, narrative, summarizeMap, type Finding } from './summary';

// Karim's map (test/fixtures/cli/map.json, also read by the command line's tests): his mother,
// father and sister know each other; the mother alone knows the social worker, who alone knows
// the young workers' hostel; no informal secondary network; a conflictual tie with the father;
// a broken one with the uncle.
const karim = MapData.parse(fixture.map);
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const expected: Finding[] = [
  { code: 'sphere_profile', sphere: 'primary', density: 'dense', strength: 'strong' },
  { code: 'sphere_profile', sphere: 'formal_secondary', density: 'dense', strength: 'none' },
  { code: 'sphere_empty', sphere: 'informal_secondary' },
  { code: 'sole_bridge', actor: id(2), label: 'Mère', from: 'primary', to: 'formal_secondary' },
  { code: 'point_of_failure', actor: id(6), label: 'Assistante sociale', count: 1 },
  { code: 'unconnected', count: 1 },
  { code: 'main_broker', actor: id(2), label: 'Mère', role: 'gatekeeper' },
  { code: 'weak_bridges', count: 1 },
  { code: 'difficult_ties', count: 1 },
  { code: 'broken_ties', count: 1 },
];

describe('the narrative summary of a map', () => {
  it('finds exactly what is known of the fixture map', () => {
    expect(summarizeMap(buildMapGraphs(karim)).findings).toEqual(expected);
  });

  it('says it in French first', () => {
    const { t } = createTranslator('fr');
    expect(narrative(expected, t)).toBe(
      [
        'Réseau primaire : dense (ses membres se connaissent), liens surtout forts avec la personne.',
        'Réseau secondaire formel : dense (ses membres se connaissent), aucun lien direct avec la personne.',
        'Aucun réseau secondaire informel : personne de ce cercle sur la carte.',
        '« Mère » (réseau primaire) est la seule passerelle vers le réseau secondaire formel : sans ce lien, la personne en serait coupée.',
        'Sans « Assistante sociale », 1 acteur perdrait tout lien avec la personne.',
        '1 acteur est sur la carte sans aucun lien actif.',
        '« Mère » est le principal intermédiaire du réseau, surtout en position de gardien (il fait entrer un autre réseau dans le sien).',
        '1 lien faible fait pont vers un autre cercle : ce sont ces liens qui apportent des ressources nouvelles.',
        '1 lien avec la personne est stressant ou conflictuel.',
        '1 lien avec la personne est rompu.',
      ].join(' '),
    );
  });

  it('says it in English too, with plurals', () => {
    const { t } = createTranslator('en');
    expect(narrative([{ code: 'sphere_empty', sphere: 'informal_secondary' }], t)).toBe(
      'No informal secondary network: nobody from this circle on the map.',
    );
    expect(narrative([{ code: 'person_only', count: 3 }], t)).toBe(
      '3 actors know only the person.',
    );
  });

  it('says so when the map has nobody but the person', () => {
    const alone = { actors: karim.actors.filter((a) => a.isEgo), ties: [] };
    const graphs = buildMapGraphs(alone);
    expect(mapFindings({ graphs, composition: mapComposition(graphs) })).toEqual([
      { code: 'map_empty' },
    ]);
  });

  it('tells circles that know each other only through the person', () => {
    // Remove the tie between the mother and the social worker: the two circles fall apart.
    const apart = {
      actors: karim.actors,
      ties: karim.ties.filter((tie) => tie.sourceId !== id(6) || tie.targetId !== id(2)),
    };
    const { findings } = summarizeMap(buildMapGraphs(apart));
    const codes = findings.map((f) => f.code);
    expect(codes).not.toContain('sole_bridge');
    expect(findings).toContainEqual({
      code: 'spheres_unlinked',
      a: 'primary',
      b: 'formal_secondary',
      joined: false,
    });
    // The hostel and the social worker are unreachable now: nobody to cut off, no failure point.
    expect(codes).not.toContain('point_of_failure');
  });
});

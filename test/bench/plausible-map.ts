// A plausible large ecomap for benchmarks: a young person with `actorCount` people and
// organisations across the three networks, `tieCount` ties (many to the person at the centre,
// the rest mostly within a network), and every actor placed in rings. Seeded, so every run
// measures the same map.
import type { Input } from '../../shared/api';
import { DOMAINS, FREQUENCIES, SUPPORT_TYPES, VALENCES } from '../../shared/model';

type Edits = Input<'map.applyEdits'>;
type ActorWrite = NonNullable<Edits['upsertActors']>[number];
type TieWrite = NonNullable<Edits['upsertTies']>[number];

/** mulberry32: a tiny seeded generator, good enough to pick names. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES = [
  'Inès',
  'Yanis',
  'Léa',
  'Moussa',
  'Chloé',
  'Karim',
  'Jade',
  'Hugo',
  'Aya',
  'Théo',
  'Sarah',
  'Nolan',
];
const RELATIONS = [
  'Mère',
  'Père',
  'Grand-mère',
  'Oncle',
  'Tante',
  'Cousin',
  'Ami',
  'Amie',
  'Voisin',
  'Camarade',
];
const INFORMAL = [
  'Association de quartier',
  'Groupe de parole',
  'Collectif jeunes',
  'Maison des jeunes',
  'Chorale',
  'Épicerie solidaire',
];
const FORMAL = [
  'ASE',
  'Collège',
  'Lycée professionnel',
  'CMP',
  'PJJ',
  'Mission locale',
  'FJT',
  'Club de foot',
  'CAF',
  'Médecin traitant',
  'Conservatoire',
];
const NOTES = [
  '',
  '',
  '',
  'Appelle tous les dimanches.',
  'Rencontré au dernier bilan.',
  'Soutien pour les démarches administratives.',
];

export type PlausibleMap = { edits: Edits; actorIds: string[]; tieIds: string[] };

export function plausibleMap(
  mapId: string,
  egoId: string,
  actorCount: number,
  tieCount: number,
  seed = 1978,
): PlausibleMap {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const spheres = ['primary', 'informal_secondary', 'formal_secondary'] as const;

  const actors: ActorWrite[] = [];
  for (let i = 0; i < actorCount; i += 1) {
    const sphere = spheres[i % 3]!;
    const person = sphere === 'primary' || rand() < 0.3;
    actors.push({
      id: globalThis.crypto.randomUUID(),
      kind: person ? 'person' : 'organisation',
      name:
        sphere === 'primary'
          ? `${pick(RELATIONS)} ${pick(FIRST_NAMES)}`
          : `${pick(sphere === 'formal_secondary' ? FORMAL : INFORMAL)} ${i}`,
      roleLabel: sphere === 'formal_secondary' ? 'Référent' : '',
      sphere,
      domain:
        sphere === 'primary'
          ? pick(['family', 'friends', 'neighbourhood', 'school'] as const)
          : pick(DOMAINS),
      notes: pick(NOTES),
      placedBy: rand() < 0.5 ? 'young_person' : 'educator',
    });
  }

  const ids = [egoId, ...actors.map((a) => a.id)];
  const pairs = new Set<string>();
  const ties: TieWrite[] = [];
  const addTie = (a: number, b: number) => {
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    if (a === b || pairs.has(key)) return;
    pairs.add(key);
    ties.push({
      id: globalThis.crypto.randomUUID(),
      sourceId: ids[a]!,
      targetId: ids[b]!,
      closeness: 1 + Math.floor(rand() * 5),
      valence: rand() < 0.7 ? 'supportive' : pick(VALENCES),
      supportForward: SUPPORT_TYPES.filter(() => rand() < 0.4),
      supportBackward: SUPPORT_TYPES.filter(() => rand() < 0.2),
      frequency: rand() < 0.8 ? pick(FREQUENCIES) : null,
      knownSinceYear: rand() < 0.5 ? 2005 + Math.floor(rand() * 20) : null,
      critical: rand() < 0.3 ? pick(['not', 'somewhat', 'very'] as const) : null,
      notes: pick(NOTES),
    });
  };
  // The person at the centre knows a good share of the map directly.
  for (let i = 1; i <= actorCount && ties.length < tieCount / 4; i += 1) addTie(0, i);
  // The rest mostly within a network (same index modulo 3), sometimes across.
  while (ties.length < tieCount) {
    const a = 1 + Math.floor(rand() * actorCount);
    const step = rand() < 0.8 ? 3 * (1 + Math.floor(rand() * 10)) : 1 + Math.floor(rand() * 30);
    addTie(a, 1 + ((a - 1 + step) % actorCount));
  }

  const placements = actors.map((actor, i) => {
    const ring = 150 + 120 * (i % 3) + 40 * Math.floor(i / 100);
    const angle = (2 * Math.PI * i) / actorCount;
    return { actorId: actor.id, x: ring * Math.cos(angle), y: ring * Math.sin(angle) };
  });

  return {
    edits: { mapId, upsertActors: actors, upsertTies: ties, placements },
    actorIds: actors.map((a) => a.id),
    tieIds: ties.map((t) => t.id),
  };
}

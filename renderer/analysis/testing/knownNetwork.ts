// A small network whose analysis is known by hand, for the unit tests and the end-to-end test:
// Lina, her mother Samia, her brother Karim, her friend Inès (a dense primary network, strong
// ties with Lina), and two institutions that know Lina only through her mother: the child-welfare
// service (ASE), tied to Samia by a weak tie, and the school, tied to the ASE only.
// By hand (see knownNetwork.test.ts):
// - no informal secondary network; the primary network is dense (2 ties of 3 possible) and all
//   Lina's ties to it are strong; the formal one is dense but has no tie with Lina;
// - Samia is the only path to the formal network (sole bridge), the ASE the only one to the school;
// - Samia–ASE is weak (closeness 2, information one way, monthly) and a local bridge between two
//   actors who have other ties: the one weak bridge;
// - betweenness (normalised over 10 pairs): Samia 0.65, ASE 0.4, Lina 0.05, others 0;
// - support ASE→Samia→Lina and ASE→Samia→Karim: Samia is a gatekeeper twice, the main broker;
// - Lina → school: Lina, Samia, ASE, Collège (3 ties, 2 intermediaries).
import type { Actor, MapData, Tie, TieFields } from '../../../shared/model';

export type ActorKey = 'lina' | 'samia' | 'karim' | 'ines' | 'ase' | 'college';

export interface KnownActor {
  key: ActorKey;
  fields: Pick<Actor, 'kind' | 'name' | 'roleLabel' | 'sphere' | 'domain'>;
  position: { x: number; y: number };
}

export interface KnownTie {
  key: string;
  source: ActorKey;
  target: ActorKey;
  fields: Partial<TieFields>;
}

export const KNOWN_ACTORS: KnownActor[] = [
  {
    key: 'lina',
    fields: { kind: 'person', name: 'Lina', roleLabel: '', sphere: 'primary', domain: 'family' },
    position: { x: 0, y: 0 },
  },
  {
    key: 'samia',
    fields: {
      kind: 'person',
      name: 'Samia',
      roleLabel: 'mère',
      sphere: 'primary',
      domain: 'family',
    },
    position: { x: 170, y: -60 },
  },
  {
    key: 'karim',
    fields: {
      kind: 'person',
      name: 'Karim',
      roleLabel: 'frère',
      sphere: 'primary',
      domain: 'family',
    },
    position: { x: 40, y: -210 },
  },
  {
    key: 'ines',
    fields: {
      kind: 'person',
      name: 'Inès',
      roleLabel: 'amie',
      sphere: 'primary',
      domain: 'friends',
    },
    position: { x: -190, y: -90 },
  },
  {
    key: 'ase',
    fields: {
      kind: 'organisation',
      name: 'ASE',
      roleLabel: 'éducatrice référente',
      sphere: 'formal_secondary',
      domain: 'child_welfare',
    },
    position: { x: 360, y: 60 },
  },
  {
    key: 'college',
    fields: {
      kind: 'organisation',
      name: 'Collège',
      roleLabel: 'CPE',
      sphere: 'formal_secondary',
      domain: 'school',
    },
    position: { x: 300, y: 250 },
  },
];

export const KNOWN_TIES: KnownTie[] = [
  {
    key: 'lina-samia',
    source: 'samia',
    target: 'lina',
    fields: {
      closeness: 5,
      supportForward: ['emotional', 'practical'],
      supportBackward: ['emotional'],
      frequency: 'daily',
      critical: 'very',
    },
  },
  {
    key: 'lina-karim',
    source: 'karim',
    target: 'lina',
    fields: {
      closeness: 4,
      supportForward: ['emotional'],
      supportBackward: ['emotional'],
      frequency: 'weekly',
    },
  },
  {
    key: 'lina-ines',
    source: 'ines',
    target: 'lina',
    fields: {
      closeness: 4,
      supportForward: ['emotional'],
      supportBackward: ['emotional'],
      frequency: 'weekly',
    },
  },
  {
    key: 'samia-karim',
    source: 'samia',
    target: 'karim',
    fields: {
      closeness: 4,
      supportForward: ['practical'],
      supportBackward: ['practical'],
      frequency: 'weekly',
    },
  },
  {
    key: 'samia-ines',
    source: 'samia',
    target: 'ines',
    fields: { closeness: 3, valence: 'neutral', frequency: 'monthly' },
  },
  {
    key: 'ase-samia',
    source: 'ase',
    target: 'samia',
    fields: {
      closeness: 2,
      valence: 'neutral',
      supportForward: ['information'],
      frequency: 'monthly',
    },
  },
  {
    key: 'ase-college',
    source: 'ase',
    target: 'college',
    fields: {
      closeness: 3,
      valence: 'neutral',
      supportForward: ['information'],
      supportBackward: ['information'],
      frequency: 'weekly',
    },
  },
];

/** What the panel's summary says of this network, in French, sentence by sentence. */
export const KNOWN_SUMMARY_FR = [
  'Réseau primaire : dense (ses membres se connaissent), liens surtout forts avec la personne.',
  'Réseau secondaire formel : dense (ses membres se connaissent), aucun lien direct avec la personne.',
  'Aucun réseau secondaire informel : personne de ce cercle sur la carte.',
  '« Samia » (réseau primaire) est la seule passerelle vers le réseau secondaire formel : sans ce lien, la personne en serait coupée.',
  'Sans « ASE », 1 acteur perdrait tout lien avec la personne.',
  '« Samia » est le principal intermédiaire du réseau, surtout en position de gardien (il fait entrer un autre réseau dans le sien).',
  '1 lien faible fait pont vers un autre cercle : ce sont ces liens qui apportent des ressources nouvelles.',
];

const at = '2025-03-01T10:00:00.000Z';
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
export const KNOWN_IDS = {
  case: uuid(0x100),
  map: uuid(0x101),
  actor: Object.fromEntries(KNOWN_ACTORS.map((a, i) => [a.key, uuid(0x200 + i)])) as Record<
    ActorKey,
    string
  >,
  tie: Object.fromEntries(KNOWN_TIES.map((t, i) => [t.key, uuid(0x300 + i)])) as Record<
    string,
    string
  >,
};

const TIE_BASE: TieFields = {
  closeness: 3,
  valence: 'supportive',
  supportForward: [],
  supportBackward: [],
  frequency: null,
  knownSinceYear: null,
  critical: null,
  notes: '',
};

/** The network as the store would load it. */
export function knownMap(): MapData {
  const stamp = { mapId: KNOWN_IDS.map, createdAt: at, updatedAt: at };
  const actors: Actor[] = KNOWN_ACTORS.map((a) => ({
    ...a.fields,
    ...stamp,
    id: KNOWN_IDS.actor[a.key],
    isEgo: a.key === 'lina',
    notes: '',
    placedBy: 'educator',
  }));
  const ties: Tie[] = KNOWN_TIES.map((t) => ({
    ...TIE_BASE,
    ...t.fields,
    ...stamp,
    id: KNOWN_IDS.tie[t.key] as string,
    sourceId: KNOWN_IDS.actor[t.source],
    targetId: KNOWN_IDS.actor[t.target],
  }));
  return {
    case: {
      id: KNOWN_IDS.case,
      pseudonym: 'Lina',
      birthYear: 2009,
      referent: 'M. Durand',
      createdAt: at,
      updatedAt: at,
    },
    map: {
      id: KNOWN_IDS.map,
      caseId: KNOWN_IDS.case,
      kind: 'current',
      createdAt: at,
      updatedAt: at,
    },
    actors,
    ties,
    placements: KNOWN_ACTORS.map((a) => ({ actorId: KNOWN_IDS.actor[a.key], ...a.position })),
  };
}

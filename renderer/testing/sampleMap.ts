// A small map for tests: the person at the centre, a mother, a school, a tie between each.
import type { Actor, MapData, Tie } from '../../shared/model';

const at = '2025-01-01T00:00:00.000Z';
export const IDS = {
  case: '00000000-0000-4000-8000-000000000001',
  map: '00000000-0000-4000-8000-000000000002',
  ego: '00000000-0000-4000-8000-00000000000a',
  mother: '00000000-0000-4000-8000-00000000000b',
  school: '00000000-0000-4000-8000-00000000000c',
  tieMother: '00000000-0000-4000-8000-0000000000a1',
  tieSchool: '00000000-0000-4000-8000-0000000000a2',
} as const;

export function actor(id: string, fields: Partial<Actor> = {}): Actor {
  return {
    id,
    mapId: IDS.map,
    isEgo: false,
    kind: 'person',
    name: 'Someone',
    roleLabel: '',
    sphere: 'primary',
    domain: 'family',
    notes: '',
    placedBy: 'educator',
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
}

export function tie(
  id: string,
  sourceId: string,
  targetId: string,
  fields: Partial<Tie> = {},
): Tie {
  return {
    id,
    mapId: IDS.map,
    sourceId,
    targetId,
    closeness: 3,
    valence: 'supportive',
    supportForward: [],
    supportBackward: [],
    frequency: null,
    knownSinceYear: null,
    critical: null,
    notes: '',
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
}

export function sampleMap(): MapData {
  return {
    case: {
      id: IDS.case,
      pseudonym: 'Lina',
      birthYear: 2009,
      referent: 'M. Durand',
      createdAt: at,
      updatedAt: at,
    },
    map: { id: IDS.map, caseId: IDS.case, kind: 'current', createdAt: at, updatedAt: at },
    actors: [
      actor(IDS.ego, { isEgo: true, name: 'Lina' }),
      actor(IDS.mother, { name: 'Samia', roleLabel: 'mère' }),
      actor(IDS.school, {
        name: 'Collège',
        kind: 'organisation',
        sphere: 'formal_secondary',
        domain: 'school',
      }),
    ],
    ties: [
      tie(IDS.tieMother, IDS.ego, IDS.mother, { closeness: 5 }),
      tie(IDS.tieSchool, IDS.ego, IDS.school, { closeness: 2, valence: 'stressful' }),
    ],
    placements: [
      { actorId: IDS.ego, x: 0, y: 0 },
      { actorId: IDS.mother, x: 0, y: -130 },
      { actorId: IDS.school, x: -200, y: 120 },
    ],
  };
}

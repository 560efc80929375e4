// Small maps for the tests of comparison, narrative and pseudonymisation (and the benchmark):
// actors and ties named by short keys, with ids derived from the keys, so the same key in two
// maps is the same actor, as it is in two snapshots of one case.
import {
  TIE_DEFAULTS,
  type Actor,
  type CaseRecord,
  type MapData,
  type Placement,
  type Tie,
} from '../model';

const ids = new Map<string, string>();
/** A stable uuid for a key (the same key always gives the same id). */
export function idFor(key: string): string {
  let id = ids.get(key);
  if (id === undefined) {
    id = `00000000-0000-4000-8000-${(ids.size + 1).toString(16).padStart(12, '0')}`;
    ids.set(key, id);
  }
  return id;
}

export interface ActorSpec {
  key: string;
  name: string;
  kind?: Actor['kind'];
  role?: string;
  sphere?: Actor['sphere'];
  domain?: Actor['domain'];
  notes?: string;
  at?: [number, number];
  createdAt?: string;
}

export interface TieSpec extends Partial<Omit<Tie, 'id' | 'mapId' | 'sourceId' | 'targetId'>> {
  from: string;
  to: string;
  key?: string;
}

export interface MapSpec {
  case?: Partial<CaseRecord>;
  /** The person at the centre is added first, under the key 'ego', at (0, 0). */
  actors: ActorSpec[];
  ties: TieSpec[];
}

const AT = '2026-01-10T10:00:00.000Z';

export function buildMap(spec: MapSpec): MapData {
  const caseRecord: CaseRecord = {
    id: idFor('case'),
    pseudonym: 'Lina',
    birthYear: 2009,
    referent: 'Mme Durand',
    createdAt: AT,
    updatedAt: AT,
    ...spec.case,
  };
  const mapId = idFor('map');
  const ego: Actor = {
    id: idFor('ego'),
    mapId,
    isEgo: true,
    kind: 'person',
    name: caseRecord.pseudonym,
    roleLabel: '',
    sphere: 'primary',
    domain: 'family',
    notes: '',
    placedBy: 'educator',
    createdAt: AT,
    updatedAt: AT,
  };
  const actors: Actor[] = [
    ego,
    ...spec.actors.map((a) => ({
      id: idFor(a.key),
      mapId,
      isEgo: false,
      kind: a.kind ?? 'person',
      name: a.name,
      roleLabel: a.role ?? '',
      sphere: a.sphere ?? 'primary',
      domain: a.domain ?? 'family',
      notes: a.notes ?? '',
      placedBy: 'educator' as const,
      createdAt: a.createdAt ?? AT,
      updatedAt: a.createdAt ?? AT,
    })),
  ];
  const placements: Placement[] = [
    { actorId: ego.id, x: 0, y: 0 },
    ...spec.actors
      .filter((a) => a.at !== undefined)
      .map((a) => ({ actorId: idFor(a.key), x: a.at![0], y: a.at![1] })),
  ];
  const ties: Tie[] = spec.ties.map(({ from, to, key, ...fields }) => ({
    ...TIE_DEFAULTS,
    ...fields,
    id: idFor(key ?? `tie:${from}:${to}`),
    mapId,
    sourceId: idFor(from),
    targetId: idFor(to),
    createdAt: AT,
    updatedAt: AT,
  }));
  return {
    case: caseRecord,
    map: { id: mapId, caseId: caseRecord.id, kind: 'current', createdAt: AT, updatedAt: AT },
    actors,
    ties,
    placements,
  };
}

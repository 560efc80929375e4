// Random calls of the contract, valid and invalid: a call is an operation, a mode (a well-formed
// input built from the ids the database holds, or anything at all) and random material.
import fc from 'fast-check';
import { OPS, type Op } from '../../shared/api/contract';
import { DOMAINS, SPHERES, VALENCES } from '../../shared/model';
import type { Ids } from './model-invariants';

export type CallSpec = {
  op: string;
  mode: 'built' | 'anything';
  n: number[];
  text: string;
  junk: unknown;
};

const texts = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('Mère', 'Club de foot', 'Inès', 'Mme K.', 'Éducateur') },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 24 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', ' ', 'x'.repeat(201), '\u0000', 'Robert"); DROP TABLE cases;--'),
  },
);

export function callSpecs(ops: readonly string[] = OPS) {
  return fc.record({
    op: fc.oneof(
      { weight: 20, arbitrary: fc.constantFrom(...ops) },
      { weight: 1, arbitrary: fc.string() },
    ),
    mode: fc.constantFrom('built', 'built', 'built', 'built', 'built', 'anything'),
    n: fc.array(fc.nat({ max: 10_000 }), { minLength: 8, maxLength: 8 }),
    text: texts,
    junk: fc.anything(),
  }) as fc.Arbitrary<CallSpec>;
}

const RANDOM_ID = '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f';

/** The input of a call, built from the ids of the database when the mode says so. */
export function inputOf(spec: CallSpec, ids: Ids, today: string): unknown {
  if (spec.mode === 'anything') return spec.junk;
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0] = spec.n;
  const from = (list: string[], i: number) =>
    list.length === 0 || i % 11 === 10 ? RANDOM_ID : list[i % list.length]!;
  const caseId = from(ids.cases, a);
  const mapId = from(ids.maps, b);
  const actorId = from(ids.actors, c);
  const tieId = from(ids.ties, d);
  const name = spec.text;
  const sphere = SPHERES[e % SPHERES.length];
  const domain = DOMAINS[f % DOMAINS.length];
  const valence = VALENCES[g % VALENCES.length];
  const actorWrite = {
    id: h % 2 === 0 ? actorId : `${RANDOM_ID.slice(0, -4)}${String(h).padStart(4, '0')}`,
    kind: h % 3 === 0 ? 'organisation' : 'person',
    name,
    roleLabel: '',
    sphere,
    domain,
    notes: 'note',
    placedBy: 'educator',
  };
  const tieWrite = {
    id: tieId,
    sourceId: from(ids.actors, e),
    targetId: from(ids.actors, e + 1 + (f % 3)),
    closeness: 1 + (g % 6),
    valence,
    supportForward: ['emotional'],
    supportBackward: [],
    frequency: null,
    knownSinceYear: null,
    critical: null,
    notes: '',
  };
  // Operations without a built input here get random material.
  const inputs: Partial<Record<Op, unknown>> = {
    'cases.list': {},
    'cases.create': { pseudonym: name, birthYear: 1890 + (a % 230), referent: 'M. B.' },
    'cases.update': { id: caseId, patch: e % 2 ? { pseudonym: name } : { referent: name } },
    'cases.delete': { id: caseId },
    'map.load': { caseId, kind: b % 3 === 0 ? 'wished' : 'current' },
    'map.createWished': { caseId },
    'actors.add': { mapId, kind: 'person', name, sphere, domain, position: { x: a, y: -b } },
    'actors.update': { id: actorId, patch: e % 2 ? { name } : { sphere, notes: name } },
    'actors.remove': { id: actorId },
    'ties.add': {
      mapId,
      sourceId: from(ids.actors, e),
      targetId: from(ids.actors, f),
      closeness: 1 + (g % 5),
    },
    'ties.update': { id: tieId, patch: { closeness: 1 + (g % 6), valence } },
    'ties.remove': { id: tieId },
    'placements.set': { mapId, placements: [{ actorId, x: a / 3, y: b * 1e3 }] },
    'map.applyEdits': {
      mapId,
      removeTieIds: e % 3 === 0 ? [tieId] : [],
      removeActorIds: f % 4 === 0 ? [actorId] : [],
      upsertActors: g % 2 === 0 ? [actorWrite] : [],
      upsertTies: h % 3 === 0 ? [tieWrite] : [],
      placements: [{ actorId: actorWrite.id, x: 1, y: 2 }],
    },
    'settings.get': {},
    'settings.set': e % 2 ? { idleLockMinutes: a % 300 } : { retentionYears: b % 40 },
    'audit.list': { caseId },
    'audit.export': { caseId },
    'cases.close': {
      id: caseId,
      closedOn:
        e % 4 === 0
          ? null
          : e % 4 === 1
            ? today
            : `20${String(a % 40).padStart(2, '0')}-0${1 + (b % 9)}-1${c % 10}`,
    },
    'retention.list': {},
    'cases.erase': { id: caseId },
    'session.status': {},
    'session.setup': { passphrase: e % 2 ? PASSPHRASE : name },
    'session.unlock': { passphrase: e % 3 ? PASSPHRASE : name || 'wrong' },
    'session.lock': {},
    'session.changePassphrase': { current: e % 2 ? PASSPHRASE : name, next: PASSPHRASE },
    'backups.list': {},
    'backups.create': {},
    'backups.restore': { id: e % 2 ? 'maillage-20200101T000000000Z-manual.backup' : name },
    'backups.exportTo': { folder: e % 2 ? '/nonexistent/folder' : name },
  };
  return (inputs as Record<string, unknown>)[spec.op] ?? spec.junk;
}

export const PASSPHRASE = 'la phrase du fuzz reste la même';

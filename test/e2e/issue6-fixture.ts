// Lina's three reviews, built through the API from the page as the app itself calls it: the
// admission, then the March and June changes (the same script as shared/snapshots/fixture.ts).
// Shared by the issue 6 end-to-end test and its look script.
import type { Page } from 'playwright-core';
import { call } from './page-api';

export { call, send, type Wire } from './page-api';

export const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** Every name the page must not show while names are hidden. */
export const REAL_NAMES = [
  'Lina',
  'Durand',
  'Samia',
  'Benali',
  'Karim',
  'Anaïs',
  'Bertin',
  'Jean Moulin',
  'Moulin',
  'Club de foot',
  'Sophie',
  'Roux',
];

export interface Ids {
  caseId: string;
  mapId: string;
  ego: string;
  tie: Record<string, string>;
  actor: Record<string, string>;
}

/** Admission: the mother (strong tie), the father (conflictual), a friend, the school. */
export async function admission(page: Page): Promise<Ids> {
  const summary = await call<{ id: string; currentMapId: string }>(page, 'cases.create', {
    pseudonym: 'Lina',
    birthYear: 2010,
    referent: 'M. Durand',
  });
  const map = await call<{ actors: { id: string }[] }>(page, 'map.load', { caseId: summary.id });
  const ids: Ids = {
    caseId: summary.id,
    mapId: summary.currentMapId,
    ego: map.actors[0]!.id,
    tie: {},
    actor: {},
  };
  const add = async (key: string, fields: Record<string, unknown>, x: number, y: number) => {
    const added = await call<{ actor: { id: string } }>(page, 'actors.add', {
      mapId: ids.mapId,
      kind: 'person',
      sphere: 'primary',
      domain: 'family',
      position: { x, y },
      ...fields,
    });
    ids.actor[key] = added.actor.id;
  };
  await add('mother', { name: 'Samia Benali', roleLabel: 'mère' }, 0, -130);
  await add('father', { name: 'Karim Benali', roleLabel: 'père' }, -180, -250);
  await add('friend', { name: 'Anaïs Bertin', roleLabel: 'amie', domain: 'friends' }, 190, -200);
  await add(
    'school',
    {
      name: 'Collège Jean Moulin',
      kind: 'organisation',
      sphere: 'formal_secondary',
      domain: 'school',
    },
    -250,
    120,
  );
  await tie(page, ids, 'mother', {
    closeness: 5,
    frequency: 'daily',
    supportForward: ['emotional'],
    supportBackward: ['emotional', 'practical'],
  });
  await tie(page, ids, 'father', { closeness: 2, valence: 'conflictual' });
  await tie(page, ids, 'friend', { closeness: 4 });
  await tie(page, ids, 'school', { closeness: 3 });
  return ids;
}

async function tie(
  page: Page,
  ids: Ids,
  to: string,
  fields: Record<string, unknown>,
  from = 'ego',
) {
  const source = from === 'ego' ? ids.ego : ids.actor[from];
  const added = await call<{ id: string }>(page, 'ties.add', {
    mapId: ids.mapId,
    sourceId: source,
    targetId: ids.actor[to],
    ...fields,
  });
  ids.tie[from === 'ego' ? to : `${from}-${to}`] = added.id;
}

/** March: the friend is gone, a football club joins, the father calms down, the school nears. */
export async function march(page: Page, ids: Ids) {
  await call(page, 'actors.remove', { id: ids.actor.friend });
  const club = await call<{ actor: { id: string } }>(page, 'actors.add', {
    mapId: ids.mapId,
    kind: 'organisation',
    name: 'Club de foot',
    sphere: 'informal_secondary',
    domain: 'sport',
    position: { x: 260, y: 150 },
  });
  ids.actor.club = club.actor.id;
  await tie(page, ids, 'club', { closeness: 3 });
  await call(page, 'ties.update', { id: ids.tie.father, patch: { valence: 'neutral' } });
  await call(page, 'ties.update', { id: ids.tie.school, patch: { closeness: 4 } });
}

/** June: the father becomes a support, an ASE educator arrives, the club is placed nearer. */
export async function june(page: Page, ids: Ids) {
  await call(page, 'ties.update', {
    id: ids.tie.father,
    patch: {
      closeness: 4,
      valence: 'supportive',
      frequency: 'weekly',
      supportForward: ['emotional'],
      supportBackward: ['emotional'],
    },
  });
  const educator = await call<{ actor: { id: string } }>(page, 'actors.add', {
    mapId: ids.mapId,
    kind: 'person',
    name: 'Sophie Roux',
    roleLabel: 'éducatrice ASE',
    sphere: 'formal_secondary',
    domain: 'child_welfare',
    position: { x: -60, y: 240 },
  });
  ids.actor.educator = educator.actor.id;
  await tie(page, ids, 'educator', { closeness: 3 });
  await call(page, 'placements.set', {
    mapId: ids.mapId,
    placements: [{ actorId: ids.actor.club, x: 120, y: 60 }],
  });
  await tie(page, ids, 'school', { closeness: 2 }, 'mother');
}

// Cases of 10, 40, 150 or 300 actors for the map's screenshots and benchmark, written through
// the API in one gesture each (test/bench/plausible-map.ts makes the people and ties). As in a
// real ecomap, nearly everyone is tied to the young person: most actors the generator left
// without that tie get one here (closeness 1 to 5), a few stay outside the rings.
import type { MaillageApi } from '../../shared/api/contract';
import { plausibleMap, random } from '../bench/plausible-map';

/** Ties per actor: a map of 10 has about 15 ties, one of 150 about 240. */
const TIES_PER_ACTOR = 1.6;

export async function createMapCase(
  api: MaillageApi,
  pseudonym: string,
  actors: number,
  ties = Math.round(actors * TIES_PER_ACTOR),
) {
  const summary = await api['cases.create']({ pseudonym, birthYear: 2009, referent: 'M. Durand' });
  const loaded = await api['map.load']({ caseId: summary.id });
  const ego = loaded.actors.find((actor) => actor.isEgo)!;
  const map = plausibleMap(summary.currentMapId, ego.id, actors, ties, 1978 + actors);
  const rand = random(actors);
  const tied = new Set(
    (map.edits.upsertTies ?? []).flatMap((t) =>
      t.sourceId === ego.id ? [t.targetId] : t.targetId === ego.id ? [t.sourceId] : [],
    ),
  );
  const egoTies = map.actorIds
    .filter((id) => !tied.has(id) && rand() < 0.85)
    .map((id) => ({
      id: globalThis.crypto.randomUUID(),
      sourceId: ego.id,
      targetId: id,
      closeness: 1 + Math.floor(rand() * 5),
      valence: rand() < 0.8 ? ('supportive' as const) : ('neutral' as const),
      supportForward: [],
      supportBackward: [],
      frequency: null,
      knownSinceYear: null,
      critical: null,
      notes: '',
    }));
  await api['map.applyEdits']({
    ...map.edits,
    upsertTies: [...(map.edits.upsertTies ?? []), ...egoTies],
  });
  return summary;
}

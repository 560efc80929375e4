// Cases of 10, 40, 150 or 300 actors for the map's screenshots and benchmark, written through
// the API in one gesture each (test/bench/plausible-map.ts makes the people and ties).
import type { MaillageApi } from '../../shared/api/contract';
import { plausibleMap } from '../bench/plausible-map';

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
  await api['map.applyEdits'](map.edits);
  return summary;
}

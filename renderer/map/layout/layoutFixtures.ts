// Maps for the layout's tests and for the look and benchmark scripts: a person and `count`
// actors spread over spheres, domains and rings by a seeded generator, placed anywhere.
import { DOMAINS, SPHERES, type MapData } from '../../../shared/model';
import { actor, IDS, sampleMap, tie } from '../../testing/sampleMap';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const idOf = (prefix: string, n: number) =>
  `00000000-0000-4000-8000-${prefix}${String(n).padStart(12 - prefix.length, '0')}`;

/** `count` actors, most tied to the person (closeness 1-5), a few not; scattered positions. */
export function scatteredMap(count: number, seed = 7): MapData {
  const rand = random(seed);
  const base = sampleMap();
  const ego = base.actors[0]!;
  const data: MapData = { ...base, actors: [ego], ties: [], placements: [] };
  data.placements.push({ actorId: ego.id, x: 0, y: 0 });
  for (let i = 0; i < count; i += 1) {
    const id = idOf('b', i);
    const sphere = SPHERES[Math.floor(rand() * SPHERES.length)]!;
    const domain = DOMAINS[Math.floor(rand() * 6)]!;
    data.actors.push(actor(id, { name: `Acteur ${i}`, sphere, domain }));
    if (rand() < 0.85)
      data.ties.push(tie(idOf('c', i), IDS.ego, id, { closeness: 1 + Math.floor(rand() * 5) }));
    data.placements.push({
      actorId: id,
      x: Math.round((rand() - 0.5) * 900),
      y: Math.round((rand() - 0.5) * 900),
    });
  }
  return data;
}

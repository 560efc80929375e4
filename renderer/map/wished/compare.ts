// "The network I would like" beside today's map: who the young person wants closer or further
// (a stronger or weaker tie to them), who is new, and who is gone. The wished map is a copy
// with new ids, so actors are matched by kind and name (ignoring case and accents).
import type { Actor, MapData } from '../../../shared/model';
import { egoTiesOf } from '../layout/rings';

export const WISH_MARKS = ['closer', 'further', 'new', 'gone'] as const;
export type WishMark = (typeof WISH_MARKS)[number];

export interface WishComparison {
  /** Marks on the wished map's actors. */
  wished: Map<string, string>;
  /** Marks on today's actors (only "gone"). */
  today: Map<string, string>;
  counts: Record<WishMark, number>;
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const keyOf = (actor: Actor) => `${actor.kind}|${fold(actor.name)}`;

export function compareWished(today: MapData, wished: MapData): WishComparison {
  const todayTies = egoTiesOf(today);
  const wishedTies = egoTiesOf(wished);
  const todayByKey = new Map<string, Actor[]>();
  for (const actor of today.actors) {
    if (actor.isEgo) continue;
    const list = todayByKey.get(keyOf(actor)) ?? [];
    list.push(actor);
    todayByKey.set(keyOf(actor), list);
  }
  const marks: WishComparison = {
    wished: new Map(),
    today: new Map(),
    counts: { closer: 0, further: 0, new: 0, gone: 0 },
  };
  const mark = (map: Map<string, string>, id: string, kind: WishMark) => {
    map.set(id, `wish-${kind}`);
    marks.counts[kind] += 1;
  };
  for (const actor of wished.actors) {
    if (actor.isEgo) continue;
    // Namesakes pair up in creation order.
    const match = todayByKey.get(keyOf(actor))?.shift();
    if (!match) {
      mark(marks.wished, actor.id, 'new');
      continue;
    }
    const was = todayTies.closeness.get(match.id) ?? 0;
    const now = wishedTies.closeness.get(actor.id) ?? 0;
    if (now > was) mark(marks.wished, actor.id, 'closer');
    else if (now < was) mark(marks.wished, actor.id, 'further');
  }
  for (const left of todayByKey.values())
    for (const actor of left) mark(marks.today, actor.id, 'gone');
  return marks;
}

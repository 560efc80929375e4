// The short narrative of a change between two reviews: first a list of facts (codes with
// parameters, language-free and testable), then one French (or English) sentence through
// i18next (`reviews.narrative.*`): « Depuis « Bilan de mars » : le réseau secondaire informel est
// apparu (Club de foot) ; le lien avec Karim (père) est passé de conflictuel à neutre. »
// Order: spheres that appeared or vanished, actors added and lost, the person's ties that
// changed, actors who moved, other ties, brokers, then the strong-tie share and the constraint.
import type { TFunction } from 'i18next';
import type { ActorSide, MapComparison, TieSide } from './compare';
import type { Sphere } from './measures';

type Valence = TieSide['valence'];

/** Names told in one clause at most; the rest are counted ("et 3 autres"). */
export const MAX_NAMED = 5;
/** The person's tie changes told one by one at most; the rest are counted. */
export const MAX_TIE_CLAUSES = 6;
/** A change of the strong-tie share below this (a fraction) is not told. */
export const SHARE_TOLD_FROM = 0.01;
/** A change of the person's constraint below this is not told. */
export const CONSTRAINT_TOLD_FROM = 0.01;

export type TiePhrase =
  | { field: 'valence'; from: Valence; to: Valence }
  | { field: 'closeness'; from: number; to: number }
  | { field: 'strength'; strong: boolean };

const PHRASE_ORDER: TiePhrase['field'][] = ['valence', 'closeness', 'strength'];

export type ChangeFact =
  | { code: 'no_change' }
  | { code: 'sphere_appeared'; sphere: Sphere; actors: string[] }
  | { code: 'sphere_vanished'; sphere: Sphere; actors: string[] }
  | { code: 'actors_added'; actors: string[] }
  | { code: 'actors_lost'; actors: string[] }
  /** One of the person's ties changed: its quality, closeness and strength, in that order. */
  | { code: 'tie_changed'; actor: string; changes: TiePhrase[] }
  | { code: 'tie_added'; actor: string }
  | { code: 'tie_lost'; actor: string }
  | { code: 'more_tie_changes'; count: number }
  | { code: 'actor_sphere'; actor: string; from: Sphere; to: Sphere }
  | { code: 'actor_ring'; actor: string; from: number; to: number }
  | { code: 'other_ties'; added: number; lost: number; changed: number }
  | { code: 'brokers_gained'; actors: string[] }
  | { code: 'brokers_lost'; actors: string[] }
  | { code: 'strong_share'; from: number; to: number }
  | { code: 'constraint'; from: number; to: number };

/** How an actor is named in the narrative: "Karim (père)", or the name alone. */
export function actorName(actor: Pick<ActorSide, 'name' | 'roleLabel'>): string {
  const role = actor.roleLabel.trim();
  return role ? `${actor.name} (${role})` : actor.name;
}

export function changeFacts(comparison: MapComparison): ChangeFact[] {
  const facts: ChangeFact[] = [];
  const { actors, ties, measures, spheres, brokers } = comparison;
  const names = (list: readonly ActorSide[]) => list.map(actorName);

  const inSphere = (list: readonly ActorSide[], sphere: Sphere) =>
    list.filter((a) => a.sphere === sphere);
  for (const sphere of spheres.appeared) {
    facts.push({ code: 'sphere_appeared', sphere, actors: names(inSphere(actors.added, sphere)) });
  }
  for (const sphere of spheres.vanished) {
    facts.push({ code: 'sphere_vanished', sphere, actors: names(inSphere(actors.lost, sphere)) });
  }
  const added = actors.added.filter((a) => !spheres.appeared.includes(a.sphere));
  const lost = actors.lost.filter((a) => !spheres.vanished.includes(a.sphere));
  if (added.length > 0) facts.push({ code: 'actors_added', actors: names(added) });
  if (lost.length > 0) facts.push({ code: 'actors_lost', actors: names(lost) });

  // The person's ties: a tie that came or went with its actor is already told above.
  const addedIds = new Set(actors.added.map((a) => a.id));
  const lostIds = new Set(actors.lost.map((a) => a.id));
  const tieFacts: ChangeFact[] = [];
  for (const tie of ties.changed) {
    const other = tie.after.other;
    if (!other) continue;
    const changes = tie.changes
      .map((change): TiePhrase =>
        change.field === 'strength'
          ? { field: 'strength', strong: change.to }
          : change.field === 'valence'
            ? { field: 'valence', from: change.from, to: change.to }
            : { field: 'closeness', from: change.from, to: change.to },
      )
      .sort((a, b) => PHRASE_ORDER.indexOf(a.field) - PHRASE_ORDER.indexOf(b.field));
    tieFacts.push({ code: 'tie_changed', actor: actorName(other), changes });
  }
  for (const tie of ties.added) {
    if (tie.other && !addedIds.has(tie.other.id)) {
      tieFacts.push({ code: 'tie_added', actor: actorName(tie.other) });
    }
  }
  for (const tie of ties.lost) {
    if (tie.other && !lostIds.has(tie.other.id)) {
      tieFacts.push({ code: 'tie_lost', actor: actorName(tie.other) });
    }
  }
  facts.push(...tieFacts.slice(0, MAX_TIE_CLAUSES));
  if (tieFacts.length > MAX_TIE_CLAUSES) {
    facts.push({ code: 'more_tie_changes', count: tieFacts.length - MAX_TIE_CLAUSES });
  }

  for (const { after, changes } of actors.changed) {
    for (const change of changes) {
      if (change.field === 'sphere') {
        facts.push({
          code: 'actor_sphere',
          actor: actorName(after),
          from: change.from,
          to: change.to,
        });
      } else if (change.field === 'ring') {
        facts.push({
          code: 'actor_ring',
          actor: actorName(after),
          from: change.from,
          to: change.to,
        });
      }
    }
  }

  // Ties between two others, leaving aside those that came or went with an actor.
  const between = (tie: TieSide, gone: Set<string>) =>
    !tie.other && !gone.has(tie.source.id) && !gone.has(tie.target.id);
  const others = {
    added: ties.added.filter((t) => between(t, addedIds)).length,
    lost: ties.lost.filter((t) => between(t, lostIds)).length,
    changed: ties.changed.filter((t) => !t.after.other).length,
  };
  if (others.added + others.lost + others.changed > 0)
    facts.push({ code: 'other_ties', ...others });

  if (brokers.gained.length > 0)
    facts.push({ code: 'brokers_gained', actors: names(brokers.gained) });
  if (brokers.lost.length > 0) facts.push({ code: 'brokers_lost', actors: names(brokers.lost) });

  const share = [measures.before.strongShare, measures.after.strongShare] as const;
  if (share[0] !== null && share[1] !== null && Math.abs(share[1] - share[0]) >= SHARE_TOLD_FROM) {
    facts.push({ code: 'strong_share', from: share[0], to: share[1] });
  }
  const constraint = [measures.before.constraint, measures.after.constraint] as const;
  if (
    constraint[0] !== null &&
    constraint[1] !== null &&
    Math.abs(constraint[1] - constraint[0]) >= CONSTRAINT_TOLD_FROM
  ) {
    facts.push({ code: 'constraint', from: constraint[0], to: constraint[1] });
  }
  return facts.length > 0 ? facts : [{ code: 'no_change' }];
}

/** One clause per fact, in the language of `t`. */
export function factClause(fact: ChangeFact, t: TFunction, locale: string): string {
  const k = (key: string, values?: Record<string, unknown>) =>
    t(`reviews.narrative.${key}`, values ?? {});
  const list = (actors: readonly string[]) => nameList(actors, t);
  const sphere = (s: Sphere) => t(`analytics.summary.sphereName.${s}`);
  const valence = (v: Valence) => t(`reviews.valence.${v}`);
  const percent = (x: number) =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(x);
  const decimal = (x: number) =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x);
  switch (fact.code) {
    case 'no_change':
      return k('no_change');
    case 'sphere_appeared':
    case 'sphere_vanished':
      return k(fact.actors.length > 0 ? fact.code : `${fact.code}_alone`, {
        sphere: sphere(fact.sphere),
        actors: list(fact.actors),
      });
    case 'actors_added':
    case 'actors_lost':
    case 'brokers_gained':
    case 'brokers_lost':
      return k(fact.code, { count: fact.actors.length, actors: list(fact.actors) });
    case 'tie_changed': {
      const phrases = fact.changes.map((change) => {
        if (change.field === 'valence') {
          return k('tie_valence', { from: valence(change.from), to: valence(change.to) });
        }
        if (change.field === 'closeness') {
          return k(change.to > change.from ? 'tie_closer' : 'tie_farther', change);
        }
        return k(change.strong ? 'tie_stronger' : 'tie_weaker');
      });
      return k('tie_changed', { actor: fact.actor, changes: nameList(phrases, t, Infinity) });
    }
    case 'tie_added':
    case 'tie_lost':
      return k(fact.code, { actor: fact.actor });
    case 'more_tie_changes':
      return k('more_tie_changes', { count: fact.count });
    case 'actor_sphere':
      return k('actor_sphere', { actor: fact.actor, from: sphere(fact.from), to: sphere(fact.to) });
    case 'actor_ring':
      return k(fact.to < fact.from ? 'actor_ring_closer' : 'actor_ring_farther', {
        actor: fact.actor,
        from: fact.from,
        to: fact.to,
      });
    case 'other_ties': {
      const parts = (['added', 'lost', 'changed'] as const)
        .filter((part) => fact[part] > 0)
        .map((part) => k(`ties_${part}`, { count: fact[part] }));
      return k('other_ties', { parts: parts.join(', ') });
    }
    case 'strong_share':
      return k('strong_share', { from: percent(fact.from), to: percent(fact.to) });
    case 'constraint':
      return k(fact.to < fact.from ? 'constraint_down' : 'constraint_up', {
        from: decimal(fact.from),
        to: decimal(fact.to),
      });
  }
}

function nameList(actors: readonly string[], t: TFunction, most = MAX_NAMED): string {
  const shown = actors.slice(0, most);
  const rest = actors.length - shown.length;
  if (rest > 0) {
    return t('reviews.narrative.listMore', { names: shown.join(', '), count: rest });
  }
  if (shown.length <= 1) return shown.join('');
  return t('reviews.narrative.listAnd', {
    names: shown.slice(0, -1).join(', '),
    last: shown[shown.length - 1],
  });
}

/** « Depuis « Bilan de mars » : …, … . » */
export function changeNarrative(
  comparison: MapComparison,
  since: string,
  t: TFunction,
  locale: string,
): string {
  const clauses = changeFacts(comparison).map((fact) => factClause(fact, t, locale));
  return t('reviews.narrative.sentence', {
    since,
    clauses: clauses.join(t('reviews.narrative.separator')),
  });
}

// The interview's quick add: the prompts walk the sectors in turn, each with the sphere, the
// domain and the ring a new name most likely gets, so that most people need only their name.
import type { Actor, MapData } from '../../../shared/model';
import type { ActorKind, Domain, Sphere } from '../model/enums';

export interface Sector {
  id: 'family' | 'friends' | 'school' | 'leisure' | 'professionals' | 'others';
  sphere: Sphere;
  domain: Domain;
  kind: ActorKind;
  /** The closeness a new name starts with (5 = indispensable, the inner ring). */
  closeness: number;
}

export const SECTORS: readonly Sector[] = [
  { id: 'family', sphere: 'primary', domain: 'family', kind: 'person', closeness: 4 },
  { id: 'friends', sphere: 'primary', domain: 'friends', kind: 'person', closeness: 4 },
  { id: 'school', sphere: 'formal_secondary', domain: 'school', kind: 'person', closeness: 3 },
  {
    id: 'leisure',
    sphere: 'informal_secondary',
    domain: 'leisure',
    kind: 'person',
    closeness: 3,
  },
  {
    id: 'professionals',
    sphere: 'formal_secondary',
    domain: 'child_welfare',
    kind: 'person',
    closeness: 3,
  },
  { id: 'others', sphere: 'primary', domain: 'other', kind: 'person', closeness: 3 },
];

/** Closeness as the quick add offers it, strongest first; Alt+N chooses N. */
export const CLOSENESS_CHOICES = [5, 4, 3, 2, 1] as const;

/** "Samia, mère" → name "Samia", role "mère": the role comes for free with the name. */
export function parseEntry(text: string): { name: string; roleLabel: string } {
  const comma = text.indexOf(',');
  if (comma < 0) return { name: text.trim(), roleLabel: '' };
  return { name: text.slice(0, comma).trim(), roleLabel: text.slice(comma + 1).trim() };
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** An actor of the map with the same name (ignoring case and accents), if any. */
export function sameName(data: MapData, name: string): Actor | undefined {
  const wanted = fold(name);
  if (wanted === '') return undefined;
  return data.actors.find((actor) => fold(actor.name) === wanted);
}

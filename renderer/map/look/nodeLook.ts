// How an actor is drawn: colour by sphere (three Okabe-Ito hues, safe for colour-blind eyes),
// shape by kind (a person is round, an organisation a rounded square), the person at the centre
// larger and dark. Read by the canvas stylesheet and by the legend.
import type { Actor } from '../../../shared/model';
import type { ActorKind, Sphere } from '../model/enums';

export type NodeShape = 'ellipse' | 'round-rectangle';

export interface NodeLook {
  color: string;
  border: string;
  shape: NodeShape;
  size: number;
}

export const SPHERE_COLOR: Record<Sphere, { fill: string; border: string }> = {
  primary: { fill: '#e69f00', border: '#8a5f00' },
  informal_secondary: { fill: '#009e73', border: '#005c43' },
  formal_secondary: { fill: '#56b4e9', border: '#1f6f9c' },
};

export const KIND_SHAPE: Record<ActorKind, NodeShape> = {
  person: 'ellipse',
  organisation: 'round-rectangle',
};

export const EGO_LOOK: NodeLook = {
  color: '#243b6b',
  border: '#ffd166',
  shape: 'ellipse',
  size: 92,
};
export const ACTOR_SIZE = 50;

export function nodeLook(actor: Pick<Actor, 'isEgo' | 'kind' | 'sphere'>): NodeLook {
  if (actor.isEgo) return EGO_LOOK;
  const colors = SPHERE_COLOR[actor.sphere];
  return {
    color: colors.fill,
    border: colors.border,
    shape: KIND_SHAPE[actor.kind],
    size: ACTOR_SIZE,
  };
}

/** What the node says: the name, and under it the role ("mère", "éducateur référent"). */
export function nodeLabel(actor: Pick<Actor, 'name' | 'roleLabel' | 'isEgo'>): string {
  const role = actor.roleLabel.trim();
  return role && !actor.isEgo ? `${actor.name}\n${role}` : actor.name;
}

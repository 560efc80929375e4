// The model's enumerations as types (shared/model.ts exports them as zod schemas and lists).
import type {
  ACTOR_KINDS,
  CRITICALITIES,
  DOMAINS,
  FREQUENCIES,
  PLACED_BY,
  SPHERES,
  SUPPORT_TYPES,
  VALENCES,
} from '../../../shared/model';

export type Sphere = (typeof SPHERES)[number];
export type Domain = (typeof DOMAINS)[number];
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type Valence = (typeof VALENCES)[number];
export type SupportType = (typeof SUPPORT_TYPES)[number];
export type Frequency = (typeof FREQUENCIES)[number];
export type Criticality = (typeof CRITICALITIES)[number];
export type PlacedBy = (typeof PLACED_BY)[number];

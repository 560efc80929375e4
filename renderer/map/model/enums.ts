// The model's enumerations as types (shared/model.ts exports them as zod schemas and lists).
import type { ACTOR_KINDS, DOMAINS, SPHERES, SUPPORT_TYPES, VALENCES } from '../../../shared/model';

export type Sphere = (typeof SPHERES)[number];
export type Domain = (typeof DOMAINS)[number];
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type Valence = (typeof VALENCES)[number];
export type SupportType = (typeof SUPPORT_TYPES)[number];

// The actor form's values and their checking with the model's own schema.
import { ActorFields, type Actor } from '../../../shared/model';
import { validate, type Validated } from '../../forms/validation';
import type { NewActor } from '../model/mapStore';
import type { ActorKind, Domain, Sphere } from '../model/enums';

export interface ActorFormValues {
  name: string;
  kind: ActorKind;
  roleLabel: string;
  sphere: Sphere;
  domain: Domain;
}

export const NEW_ACTOR: ActorFormValues = {
  name: '',
  kind: 'person',
  roleLabel: '',
  sphere: 'primary',
  domain: 'family',
};

/** The usual sphere and domain of each kind, offered until the user picks their own. */
export const KIND_DEFAULTS: Record<ActorKind, Pick<ActorFormValues, 'sphere' | 'domain'>> = {
  person: { sphere: 'primary', domain: 'family' },
  organisation: { sphere: 'formal_secondary', domain: 'other' },
};

const ActorFormSchema = ActorFields.pick({
  name: true,
  kind: true,
  roleLabel: true,
  sphere: true,
  domain: true,
});

export function actorFormValues(actor: Actor): ActorFormValues {
  const { name, kind, roleLabel, sphere, domain } = actor;
  return { name, kind, roleLabel, sphere, domain };
}

export function validateActorForm(values: ActorFormValues): Validated<NewActor> {
  return validate(ActorFormSchema, values);
}

// The scripted interview of issue 3: Lina names twenty people across the three spheres, prompt
// by prompt. Each step is what the user does: a chord (closeness, kind, next prompt) or a name typed
// then Enter. The quick add's defaults (the prompt's sector and closeness) spare most chords.
import type { ActorKind, Sphere } from '../../renderer/map/model/enums';

export interface Person {
  type: 'name';
  text: string;
  expect: { name: string; role: string; sphere: Sphere; kind: ActorKind; closeness: number };
}
export type Step = { type: 'chord'; keys: string } | Person;

const chord = (keys: string): Step => ({ type: 'chord', keys });
const person =
  (sphere: Sphere) =>
  (text: string, closeness: number, kind: ActorKind = 'person'): Person => {
    const [name, role = ''] = text.split(',').map((part) => part.trim());
    return { type: 'name', text, expect: { name: name!, role, sphere, kind, closeness } };
  };
const primary = person('primary');
const informal = person('informal_secondary');
const formal = person('formal_secondary');

export const INTERVIEW: Step[] = [
  // "Dans ta famille, qui compte pour toi ?" (closeness 4 by default)
  chord('Alt+5'),
  primary('Samia, mère', 5),
  chord('Alt+2'),
  primary('Karim, père', 2),
  chord('Alt+4'),
  primary('Nora, sœur', 4),
  primary('Fatima, grand-mère', 4),
  chord('Alt+3'),
  primary('Rachid, oncle', 3),
  // "Parmi tes amis..." (closeness 4)
  chord('Alt+ArrowDown'),
  chord('Alt+5'),
  primary('Inès, meilleure amie', 5),
  primary('Yanis', 5),
  chord('Alt+4'),
  primary('Léa', 4),
  chord('Alt+3'),
  primary('Sofiane, voisin', 3),
  // "À l'école ou en formation..." (closeness 3)
  chord('Alt+ArrowDown'),
  formal('Mme Leroy, professeure principale', 3),
  formal('M. Benali, CPE', 3),
  chord('Alt+O'),
  formal('Collège Jean Moulin', 3, 'organisation'),
  // "Dans tes clubs, tes loisirs..." (closeness 3, a person again)
  chord('Alt+ArrowDown'),
  chord('Alt+4'),
  informal('Coach Ali, entraîneur de foot', 4),
  chord('Alt+O'),
  informal('Club de foot', 4, 'organisation'),
  chord('Alt+2'),
  informal('Maison de quartier', 2, 'organisation'),
  informal('Groupe de théâtre', 2, 'organisation'),
  // "Quels professionnels t'accompagnent ?" (closeness 3)
  chord('Alt+ArrowDown'),
  chord('Alt+4'),
  formal('M. Durand, éducateur ASE', 4),
  chord('Alt+2'),
  formal('Dr Martin, médecin', 2),
  chord('Alt+3'),
  chord('Alt+O'),
  formal('Mission locale', 3, 'organisation'),
  chord('Alt+1'),
  formal('Tribunal pour enfants', 1, 'organisation'),
];

/** Ties among actors entered after the interview: [from, to]. */
export const ACTORS_BETWEEN: [string, string][] = [
  ['Samia', 'Karim'],
  ['Inès', 'Yanis'],
  ['Coach Ali', 'Club de foot'],
  ['M. Durand', 'Mission locale'],
  ['Samia', 'M. Durand'],
  ['Mme Leroy', 'M. Benali'],
];

// Three reviews of one young person, with scripted changes between them: what the unit tests,
// the end-to-end test and the screenshots compare. Lina's admission, the March review (a
// football club joins, the father's tie calms down, a friend is gone, the school comes closer),
// the June review (the father becomes a support, an ASE educator arrives, the club is placed
// nearer, the mother and the school now know each other).
import { buildMap, type ActorSpec, type MapSpec, type TieSpec } from './testing';

const mother: ActorSpec = { key: 'mother', name: 'Samia Benali', role: 'mère', at: [0, -130] };
const father: ActorSpec = { key: 'father', name: 'Karim Benali', role: 'père', at: [-180, -250] };
const friend: ActorSpec = { key: 'friend', name: 'Anaïs Bertin', role: 'amie', at: [190, -200] };
const school: ActorSpec = {
  key: 'school',
  name: 'Collège Jean Moulin',
  kind: 'organisation',
  sphere: 'formal_secondary',
  domain: 'school',
  at: [-250, 120],
};
const club: ActorSpec = {
  key: 'club',
  name: 'Club de foot',
  kind: 'organisation',
  sphere: 'informal_secondary',
  domain: 'sport',
  at: [260, 150],
};
const educator: ActorSpec = {
  key: 'educator',
  name: 'Sophie Roux',
  role: 'éducatrice ASE',
  sphere: 'formal_secondary',
  domain: 'child_welfare',
  at: [-60, 240],
};

const strongMother: TieSpec = {
  from: 'ego',
  to: 'mother',
  closeness: 5,
  frequency: 'daily',
  supportForward: ['emotional'],
  supportBackward: ['emotional', 'practical'],
};

export const ADMISSION: MapSpec = {
  actors: [mother, father, friend, school],
  ties: [
    strongMother,
    { from: 'ego', to: 'father', closeness: 2, valence: 'conflictual' },
    { from: 'ego', to: 'friend', closeness: 4 },
    { from: 'ego', to: 'school', closeness: 3 },
  ],
};

export const MARCH: MapSpec = {
  actors: [mother, father, school, club],
  ties: [
    strongMother,
    { from: 'ego', to: 'father', closeness: 2, valence: 'neutral' },
    { from: 'ego', to: 'school', closeness: 4 },
    { from: 'ego', to: 'club', closeness: 3 },
  ],
};

export const JUNE: MapSpec = {
  actors: [mother, father, school, { ...club, at: [120, 60] }, educator],
  ties: [
    strongMother,
    {
      from: 'ego',
      to: 'father',
      closeness: 4,
      valence: 'supportive',
      frequency: 'weekly',
      supportForward: ['emotional'],
      supportBackward: ['emotional'],
    },
    { from: 'ego', to: 'school', closeness: 4 },
    { from: 'ego', to: 'club', closeness: 3 },
    { from: 'ego', to: 'educator', closeness: 3 },
    { from: 'mother', to: 'school', closeness: 2 },
  ],
};

export const reviewMaps = () => ({
  admission: buildMap(ADMISSION),
  march: buildMap(MARCH),
  june: buildMap(JUNE),
});

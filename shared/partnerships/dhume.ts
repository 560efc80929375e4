// How a partnership is built, as the seeds teach it. F. Dhume's construction process: 19 steps
// in 4 phases, then the end of the project. The shorter 7-step method (a guide for the work done
// before meeting the partners) is kept for the page's guide. Keys name the i18n texts
// (partnerships.steps.<key>, partnerships.phases.<phase>, partnerships.shortMethod.<key>).

export const DHUME_PHASES = ['stakes', 'preconditions', 'frame', 'project'] as const;
export type DhumePhase = (typeof DHUME_PHASES)[number];

export interface DhumeStep {
  step: number;
  key: string;
  phase: DhumePhase;
}

const STEP_KEYS: readonly [DhumePhase, readonly string[]][] = [
  ['stakes', ['lack_to_need', 'internal_diagnosis', 'working_model']],
  ['preconditions', ['identity', 'openness']],
  [
    'frame',
    [
      'draft_proposal',
      'internal_negotiation',
      'choose_partners',
      'commitment_contract',
      'specific_frame',
      'otherness',
      'common_culture',
    ],
  ],
  [
    'project',
    [
      'elaborate_project',
      'objectives',
      'evaluation_procedures',
      'intervention_methods',
      'means',
      'action',
      'evaluation',
    ],
  ],
];

/** The 19 steps, numbered in order. */
export const DHUME_STEPS: readonly DhumeStep[] = STEP_KEYS.flatMap(([phase, keys]) =>
  keys.map((key) => ({ key, phase })),
).map((step, index) => ({ ...step, step: index + 1 }));

export const SHORT_METHOD = [
  'situation',
  'challenges',
  'objectives',
  'action_plan',
  'choose_partners',
  'approach',
  'contact_team',
] as const;

/** The steps of one phase, in order. */
export function stepsOfPhase(phase: DhumePhase): DhumeStep[] {
  return DHUME_STEPS.filter((s) => s.phase === phase);
}

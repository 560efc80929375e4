import { describe, expect, it } from 'vitest';
import { fieldIssuesFromZod } from '../errors';
import { DHUME_STEPS, stepsOfPhase } from './dhume';
import { PartnershipCreateInput } from './ops';

const issuesOf = (input: Record<string, unknown>) => {
  const result = PartnershipCreateInput.safeParse(input);
  return result.success ? [] : fieldIssuesFromZod(result.error, input);
};

describe('the partnership schema', () => {
  it('needs a project title', () => {
    expect(issuesOf({ startOn: '2026-01-01' })).toEqual([{ path: 'title', issue: 'required' }]);
    expect(issuesOf({ title: '   ', startOn: '2026-01-01' })).toEqual([
      { path: 'title', issue: 'required' },
    ]);
  });

  it('names the planned end before the start, next to the field', () => {
    expect(
      issuesOf({ title: 'Projet', startOn: '2026-09-01', plannedEndOn: '2026-08-31' }),
    ).toEqual([{ path: 'plannedEndOn', issue: 'end_before_start' }]);
    expect(
      issuesOf({ title: 'Projet', startOn: '2026-09-01', plannedEndOn: '2026-09-01' }),
    ).toEqual([]);
  });

  it('fills the defaults: building, three evaluations a year, nothing formalised', () => {
    const parsed = PartnershipCreateInput.parse({ title: 'Projet', startOn: '2026-09-01' });
    expect(parsed).toMatchObject({
      status: 'building',
      evaluationsPerYear: 3,
      plannedEndOn: null,
      formalisation: { kind: 'none', signedOn: null },
    });
    expect(Object.keys(parsed.principles)).toEqual([
      'mutual_interest',
      'equality',
      'autonomy',
      'cooperation',
      'evaluation',
    ]);
  });
});

describe("Dhume's process", () => {
  it('has 19 steps in 4 phases, numbered in order', () => {
    expect(DHUME_STEPS).toHaveLength(19);
    expect(DHUME_STEPS.map((s) => s.step)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(stepsOfPhase('stakes').map((s) => s.key)).toEqual([
      'lack_to_need',
      'internal_diagnosis',
      'working_model',
    ]);
    expect(stepsOfPhase('preconditions').map((s) => s.step)).toEqual([4, 5]);
    expect(stepsOfPhase('frame').map((s) => s.step)).toEqual([6, 7, 8, 9, 10, 11, 12]);
    expect(stepsOfPhase('project').at(-1)).toEqual({
      step: 19,
      key: 'evaluation',
      phase: 'project',
    });
  });
});

// Tie strength from the tie's own data, after Granovetter (1973): "a (probably linear) combination
// of the amount of time, the emotional intensity, the intimacy (mutual confiding), and the
// reciprocal services which characterize the tie". Each dimension is scored in [0, 1]:
//
// | dimension   | weight | from                                   | score                                   |
// |-------------|--------|----------------------------------------|-----------------------------------------|
// | time        | 0.20   | frequency (2/3), years known (1/3)     | daily 1, weekly .75, monthly .5,        |
// |             |        |                                        | few per year .25, rarely 0;             |
// |             |        |                                        | years known / 10, capped at 1           |
// | intensity   | 0.35   | closeness (3/4), criticality (1/4)     | closeness 1..5 → 0..1; not 0,           |
// |             |        |                                        | somewhat .5, very 1                     |
// | intimacy    | 0.25   | emotional support (confiding)          | both ways 1, one way .6, none 0         |
// | reciprocity | 0.20   | any support, by direction              | both ways 1, one way .25, none 0        |
//
// Closeness weighs most: Marsden and Campbell (1984) found emotional closeness the best single
// indicator of strength, and frequency of contact the one most confounded by context (a teacher
// seen daily). An unknown sub-item (no frequency, no year) is left out and the weights of what is
// known are renormalised; a dimension with nothing known is null. score = Σ weight × dimension /
// Σ weight (known dimensions). The tie is strong when score ≥ 0.5 (STRONG_THRESHOLD). A broken tie
// (Hartman's interrupted line) scores 0 and is weak whatever it was. The valence (supportive,
// stressful, conflictual...) is Hartman's separate axis and does not enter the strength: a tie can
// be strong and conflictual.
//
// `reasons` lists, in Granovetter's order, the facts that support the verdict (for a strong tie
// the facts that make it strong, for a weak tie those that make it weak); `explainTieStrength`
// turns them into the sentence the UI shows ("lien fort : contact quotidien, très proche, soutien
// dans les deux sens").
import type { TFunction } from 'i18next';
import type { CRITICALITIES, FREQUENCIES, TieFields } from '../model';

type Frequency = (typeof FREQUENCIES)[number];
type Criticality = (typeof CRITICALITIES)[number];

export type TieStrengthInput = Pick<
  TieFields,
  | 'closeness'
  | 'valence'
  | 'supportForward'
  | 'supportBackward'
  | 'frequency'
  | 'knownSinceYear'
  | 'critical'
> & {
  /** When the tie was last recorded: its year is the default reference for "years known". */
  updatedAt?: string;
};

export interface TieStrengthOptions {
  /** The year "years known" is counted to. Default: the year of `updatedAt`, else unknown. */
  referenceYear?: number;
}

export const TIE_STRENGTH_WEIGHTS = {
  time: 0.2,
  intensity: 0.35,
  intimacy: 0.25,
  reciprocity: 0.2,
} as const;
export type TieDimension = keyof typeof TIE_STRENGTH_WEIGHTS;
export const STRONG_THRESHOLD = 0.5;

/** Years after which a tie counts as long-standing (time dimension saturates). */
export const LONG_KNOWN_YEARS = 10;
/** Under this many years a tie counts as recent. */
export const RECENT_YEARS = 2;

const FREQUENCY_SCORE: Record<Frequency, number> = {
  daily: 1,
  weekly: 0.75,
  monthly: 0.5,
  few_per_year: 0.25,
  rarely: 0,
};
const CRITICALITY_SCORE: Record<Criticality, number> = { not: 0, somewhat: 0.5, very: 1 };

export const TIE_STRENGTH_REASONS = [
  'broken',
  'contact_daily',
  'contact_weekly',
  'contact_few_per_year',
  'contact_rarely',
  'known_long',
  'known_recent',
  'very_close',
  'close',
  'not_close',
  'distant',
  'essential',
  'not_essential',
  'confiding_mutual',
  'confiding_one_way',
  'no_confiding',
  'support_both_ways',
  'support_one_way',
  'no_support',
] as const;
export type TieStrengthReason = (typeof TIE_STRENGTH_REASONS)[number];

export interface TieStrength {
  /** In [0, 1]. */
  score: number;
  strong: boolean;
  /** Each in [0, 1]; time is null when neither frequency nor the year known is recorded. */
  dimensions: Record<Exclude<TieDimension, 'time'>, number> & { time: number | null };
  reasons: TieStrengthReason[];
}

/** A fact about the tie and which verdict it argues for (+1 strong, −1 weak). */
type Fact = [TieStrengthReason, 1 | -1];

const FREQUENCY_FACT: Record<Frequency, Fact | null> = {
  daily: ['contact_daily', 1],
  weekly: ['contact_weekly', 1],
  monthly: null,
  few_per_year: ['contact_few_per_year', -1],
  rarely: ['contact_rarely', -1],
};
const CLOSENESS_FACT: Record<number, Fact | null> = {
  5: ['very_close', 1],
  4: ['close', 1],
  3: null,
  2: ['not_close', -1],
  1: ['distant', -1],
};
const CRITICALITY_FACT: Record<Criticality, Fact | null> = {
  very: ['essential', 1],
  somewhat: null,
  not: ['not_essential', -1],
};

function yearOf(timestamp: string | undefined): number | null {
  if (timestamp === undefined) return null;
  const year = Number(timestamp.slice(0, 4));
  return Number.isInteger(year) ? year : null;
}

/** Weighted mean of the known parts; null when none is known. */
function mean(parts: [number | null, number][]): number | null {
  let sum = 0;
  let weight = 0;
  for (const [value, w] of parts) {
    if (value === null) continue;
    sum += value * w;
    weight += w;
  }
  return weight === 0 ? null : sum / weight;
}

export function tieStrength(tie: TieStrengthInput, options: TieStrengthOptions = {}): TieStrength {
  const facts: Fact[] = [];
  const fact = (f: Fact | null) => {
    if (f) facts.push(f);
  };

  // Time: how often, and for how long.
  const frequency = tie.frequency === null ? null : FREQUENCY_SCORE[tie.frequency];
  if (tie.frequency !== null) fact(FREQUENCY_FACT[tie.frequency]);
  const reference = options.referenceYear ?? yearOf(tie.updatedAt);
  let duration: number | null = null;
  if (tie.knownSinceYear !== null && reference !== null) {
    const years = Math.max(0, reference - tie.knownSinceYear);
    duration = Math.min(years, LONG_KNOWN_YEARS) / LONG_KNOWN_YEARS;
    if (years >= LONG_KNOWN_YEARS) fact(['known_long', 1]);
    else if (years < RECENT_YEARS) fact(['known_recent', -1]);
  }
  const time = mean([
    [frequency, 2],
    [duration, 1],
  ]);

  // Emotional intensity: closeness, and how critical the tie is.
  fact(CLOSENESS_FACT[tie.closeness] ?? null);
  if (tie.critical !== null) fact(CRITICALITY_FACT[tie.critical]);
  const intensity = mean([
    [(tie.closeness - 1) / 4, 3],
    [tie.critical === null ? null : CRITICALITY_SCORE[tie.critical], 1],
  ]) as number;

  // Intimacy (mutual confiding) and reciprocal services.
  const forward = tie.supportForward.length > 0;
  const backward = tie.supportBackward.length > 0;
  const confideForward = tie.supportForward.includes('emotional');
  const confideBackward = tie.supportBackward.includes('emotional');
  const intimacy =
    confideForward && confideBackward ? 1 : confideForward || confideBackward ? 0.6 : 0;
  if (intimacy === 1) fact(['confiding_mutual', 1]);
  else if (intimacy > 0) fact(['confiding_one_way', 1]);
  else if (forward || backward) fact(['no_confiding', -1]);
  const reciprocity = forward && backward ? 1 : forward || backward ? 0.25 : 0;
  if (reciprocity === 1) fact(['support_both_ways', 1]);
  else if (reciprocity > 0) fact(['support_one_way', -1]);
  else fact(['no_support', -1]);

  const dimensions = { time, intensity, intimacy, reciprocity };
  if (tie.valence === 'broken') {
    return { score: 0, strong: false, dimensions, reasons: ['broken'] };
  }
  const score = mean([
    [time, TIE_STRENGTH_WEIGHTS.time],
    [intensity, TIE_STRENGTH_WEIGHTS.intensity],
    [intimacy, TIE_STRENGTH_WEIGHTS.intimacy],
    [reciprocity, TIE_STRENGTH_WEIGHTS.reciprocity],
  ]) as number;
  const strong = score >= STRONG_THRESHOLD;
  const side = strong ? 1 : -1;
  const reasons = facts.filter(([, sign]) => sign === side).map(([reason]) => reason);
  return { score, strong, dimensions, reasons };
}

/** The one sentence the UI shows: "lien fort : contact quotidien, très proche, …". */
export function explainTieStrength(
  result: Pick<TieStrength, 'strong' | 'reasons'>,
  t: TFunction,
): string {
  const verdict = t(result.strong ? 'analytics.tieStrength.strong' : 'analytics.tieStrength.weak');
  if (result.reasons.length === 0) return verdict;
  const reasons = result.reasons.map((reason) => t(`analytics.tieStrength.reasons.${reason}`));
  return t('analytics.tieStrength.sentence', { verdict, reasons: reasons.join(', ') });
}

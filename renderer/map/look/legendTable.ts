// What the legend lists, as sample ties and actors passed through the same look functions the
// canvas uses. Labels are translation keys under ui.legend.
import type { TieLookInput } from './tieLook';
import type { ActorKind, Sphere } from '../model/enums';

const plain = { supportForward: [], supportBackward: [] } as const;

export const TIE_LEGEND = [
  { key: 'strong', sample: { ...plain, closeness: 5, valence: 'neutral' } },
  { key: 'medium', sample: { ...plain, closeness: 3, valence: 'neutral' } },
  { key: 'weak', sample: { ...plain, closeness: 2, valence: 'neutral' } },
  { key: 'supportive', sample: { ...plain, closeness: 3, valence: 'supportive' } },
  { key: 'ambivalent', sample: { ...plain, closeness: 3, valence: 'ambivalent' } },
  { key: 'stressful', sample: { ...plain, closeness: 3, valence: 'stressful' } },
  { key: 'conflictual', sample: { ...plain, closeness: 3, valence: 'conflictual' } },
  { key: 'broken', sample: { ...plain, closeness: 3, valence: 'broken' } },
  {
    key: 'support',
    sample: {
      closeness: 3,
      valence: 'neutral',
      supportForward: ['emotional'],
      supportBackward: [],
    },
  },
  {
    key: 'mutual',
    sample: {
      closeness: 3,
      valence: 'neutral',
      supportForward: ['emotional'],
      supportBackward: ['practical'],
    },
  },
] as const satisfies readonly { key: string; sample: TieLookInput }[];

export type NodeLegendSample = { isEgo: boolean; kind: ActorKind; sphere: Sphere };

export const NODE_LEGEND = [
  { key: 'ego', sample: { isEgo: true, kind: 'person', sphere: 'primary' } },
  { key: 'primary', sample: { isEgo: false, kind: 'person', sphere: 'primary' } },
  {
    key: 'informal_secondary',
    sample: { isEgo: false, kind: 'person', sphere: 'informal_secondary' },
  },
  {
    key: 'formal_secondary',
    sample: { isEgo: false, kind: 'organisation', sphere: 'formal_secondary' },
  },
  { key: 'person', sample: { isEgo: false, kind: 'person', sphere: 'primary' }, neutral: true },
  {
    key: 'organisation',
    sample: { isEgo: false, kind: 'organisation', sphere: 'primary' },
    neutral: true,
  },
] as const satisfies readonly { key: string; sample: NodeLegendSample; neutral?: boolean }[];

/** The rings under the map, from the centre out (layout/rings.ts gives their closeness). */
export const RING_LEGEND = ['inner', 'middle', 'outer', 'outside'] as const;

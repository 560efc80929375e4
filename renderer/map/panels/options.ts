// Translated choices for the map's forms, in the model's order.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTOR_KINDS,
  CRITICALITIES,
  DOMAINS,
  FREQUENCIES,
  PLACED_BY,
  SPHERES,
  SUPPORT_TYPES,
  VALENCES,
} from '../../../shared/model';
import type { Option } from '../../forms/fields';
import { CLOSENESS_VALUES, type ClosenessText } from './closeness';

export function useMapOptions() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      kinds: ACTOR_KINDS.map((value) => ({ value, label: t(`enums.kind.${value}`) })),
      spheres: SPHERES.map((value) => ({ value, label: t(`enums.sphere.${value}`) })),
      domains: DOMAINS.map((value) => ({ value, label: t(`enums.domain.${value}`) })),
      valences: VALENCES.map((value) => ({ value, label: t(`enums.valence.${value}`) })),
      supports: SUPPORT_TYPES.map((value) => ({ value, label: t(`enums.support.${value}`) })),
      frequencies: FREQUENCIES.map((value) => ({ value, label: t(`enums.frequency.${value}`) })),
      criticalities: CRITICALITIES.map((value) => ({ value, label: t(`enums.critical.${value}`) })),
      placedBy: PLACED_BY.map((value) => ({ value, label: t(`enums.placedBy.${value}`) })),
      closeness: CLOSENESS_VALUES.map((value): Option<ClosenessText> => ({
        value,
        label: t(`ui.closeness.${value}`),
      })),
    }),
    [t],
  );
}

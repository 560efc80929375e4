// Translated choices of the address book's forms and filters, in the model's order.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTOR_KINDS, DOMAINS, SPHERES } from '../../shared/model';

export function useEntryOptions() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      kinds: ACTOR_KINDS.map((value) => ({ value, label: t(`enums.kind.${value}`) })),
      spheres: SPHERES.map((value) => ({ value, label: t(`enums.sphere.${value}`) })),
      domains: DOMAINS.map((value) => ({ value, label: t(`enums.domain.${value}`) })),
    }),
    [t],
  );
}

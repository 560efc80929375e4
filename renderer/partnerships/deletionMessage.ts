// What deleting a partnership will change, in words: what goes (its need, objectives, steps,
// evaluations, its list of partners) and what stays (the address book's entries, the cases and
// their ecomaps), naming the partners and cases so the educator knows which project this is.
import type { TFunction } from 'i18next';
import type { Partnership } from '../../shared/partnerships/model';

export function partnershipDeletionMessage(t: TFunction, partnership: Partnership): string {
  const parts = [
    t('partnerships.delete.goes', {
      steps: t('partnerships.delete.steps', {
        count: partnership.steps.filter((s) => s.done).length,
      }),
      evaluations: t('partnerships.delete.evaluations', {
        count: partnership.evaluations.length,
      }),
    }),
  ];
  if (partnership.partners.length > 0) {
    parts.push(
      t('partnerships.delete.staysPartners', {
        count: partnership.partners.length,
        names: partnership.partners.map((p) => p.name).join(', '),
      }),
    );
  }
  if (partnership.cases.length > 0) {
    parts.push(
      t('partnerships.delete.staysCases', {
        count: partnership.cases.length,
        names: partnership.cases.map((c) => c.pseudonym).join(', '),
      }),
    );
  }
  if (parts.length === 1) parts.push(t('partnerships.delete.staysNothing'));
  return parts.join(' ');
}

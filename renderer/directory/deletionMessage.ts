// What deleting an entry will change, in words: the ecomaps keep their actors (unlinked), the
// partnerships lose the partner. Built from directory.usage before the question is asked.
import type { TFunction } from 'i18next';
import type { DirectoryUsage } from '../../shared/partnerships/model';

export function deletionMessage(t: TFunction, usage: DirectoryUsage): string {
  const parts: string[] = [];
  if (usage.cases.length > 0) {
    parts.push(
      t('directory.delete.cases', {
        count: usage.cases.length,
        names: usage.cases.map((c) => c.pseudonym).join(', '),
      }),
    );
  }
  if (usage.partnerships.length > 0) {
    parts.push(
      t('directory.delete.partnerships', {
        count: usage.partnerships.length,
        names: usage.partnerships.map((p) => `« ${p.title} »`).join(', '),
      }),
    );
  }
  return parts.length > 0 ? parts.join(' ') : t('directory.delete.unused');
}

// The entries of the address book as a list of buttons: name, domain, and how much each serves.
import { useTranslation } from 'react-i18next';
import type { DirectoryEntrySummary } from '../../shared/partnerships/model';

interface EntryListProps {
  entries: readonly DirectoryEntrySummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function EntryList({ entries, selectedId, onSelect }: EntryListProps) {
  const { t } = useTranslation();
  return (
    <ul className="entry-list" aria-label={t('directory.title')}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <button
            type="button"
            className="entry-item"
            aria-current={entry.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect(entry.id)}
          >
            <span className="entry-name">{entry.name}</span>
            <span className="muted">
              {t(`enums.domain.${entry.domain}`)} ·{' '}
              {t('directory.usedIn', {
                cases: t('directory.cases', { count: entry.caseCount }),
                partnerships: t('directory.partnerships', { count: entry.partnershipCount }),
              })}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

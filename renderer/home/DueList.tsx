// The evaluations coming due, the soonest first; a late one says by how many days.
import { useTranslation } from 'react-i18next';
import type { DueEvaluation } from '../../shared/partnerships/model';
import { useDateFormat } from '../partnerships/useDateFormat';

interface DueListProps {
  due: readonly DueEvaluation[];
  onOpen: (partnershipId: string) => void;
}

export function DueList({ due, onOpen }: DueListProps) {
  const { t } = useTranslation();
  const day = useDateFormat();
  if (due.length === 0) return <p className="empty-state">{t('home.due.empty')}</p>;
  const when = (days: number) =>
    days === 0
      ? t('home.due.today')
      : days > 0
        ? t('home.due.inDays', { count: days })
        : t('home.due.late', { count: -days });
  return (
    <ol className="due-list" aria-labelledby="due-title">
      {due.map((d) => (
        <li key={d.partnershipId} className={d.daysLeft < 0 ? 'due late' : 'due'}>
          <button
            type="button"
            className="entry-item"
            aria-label={t('home.due.open', { title: d.title })}
            onClick={() => onOpen(d.partnershipId)}
          >
            <span className="due-date">{day(d.dueOn)}</span>
            <span className="entry-name">{d.title}</span>
            <span className="due-when">{when(d.daysLeft)}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

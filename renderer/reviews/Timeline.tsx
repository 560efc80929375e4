// The reviews of a case in time order, then the current map: pick two to compare ("from" and
// "to"), or open one to look at it as it was.
import { useTranslation } from 'react-i18next';
import { formatDay } from './dates';
import { NOW, type ItemId, type ReviewItem } from './useReviews';

interface TimelineProps {
  items: ReviewItem[];
  from: ItemId | null;
  to: ItemId | null;
  onCompare: (from: ItemId, to: ItemId) => void;
  onOpen: (id: ItemId) => void;
}

export function Timeline({ items, from, to, onCompare, onOpen }: TimelineProps) {
  const { t, i18n } = useTranslation();
  const index = (id: ItemId | null) => items.findIndex((item) => item.id === id);
  return (
    <ol className="timeline" aria-label={t('reviews.timeline.title')}>
      {items.map((item, i) => {
        const facts = item.summary
          ? [
              formatDay(item.summary.takenOn, i18n.language),
              t('ui.cases.actorCount', { count: item.summary.actorCount }),
              t('reviews.timeline.notes', { count: item.summary.noteCount }),
            ]
          : [t('reviews.timeline.nowFacts')];
        return (
          <li key={item.id} className={item.id === NOW ? 'timeline-item now' : 'timeline-item'}>
            <span className="timeline-dot" aria-hidden="true" />
            <div className="timeline-body">
              <p className="timeline-label">{item.label}</p>
              <p className="muted">{facts.join(' · ')}</p>
              <div className="timeline-actions">
                <label className="timeline-pick">
                  <input
                    type="radio"
                    name="compare-from"
                    checked={from === item.id}
                    disabled={item.id === NOW}
                    onChange={() => onCompare(item.id, to !== null && i < index(to) ? to : NOW)}
                  />
                  {t('reviews.timeline.from')}
                </label>
                <label className="timeline-pick">
                  <input
                    type="radio"
                    name="compare-to"
                    checked={to === item.id}
                    disabled={i === 0}
                    onChange={() =>
                      onCompare(
                        from !== null && index(from) < i ? from : (items[i - 1]?.id ?? NOW),
                        item.id,
                      )
                    }
                  />
                  {t('reviews.timeline.to')}
                </label>
                {item.id !== NOW && (
                  <button
                    type="button"
                    className="button small"
                    aria-label={t('reviews.timeline.openNamed', { label: item.label })}
                    onClick={() => onOpen(item.id)}
                  >
                    {t('reviews.timeline.open')}
                  </button>
                )}
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

// Past evaluations, newest first: who came, how each objective stood, what was decided.
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../shared/partnerships/model';
import { useDateFormat } from './useDateFormat';

export function EvaluationList({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const day = useDateFormat();
  const { evaluations, objectives, partners } = partnership;
  if (evaluations.length === 0)
    return <p className="muted">{t('partnerships.page.noEvaluation')}</p>;
  const partnerName = (id: string) => partners.find((p) => p.entryId === id)?.name;
  const objectiveText = (id: string) =>
    objectives.find((o) => o.id === id)?.text ?? t('partnerships.evaluation.deletedObjective');
  return (
    <ol className="evaluations">
      {evaluations.map((e) => {
        const names = [
          ...e.attendees.partnerEntryIds.map(partnerName).filter(Boolean),
          e.attendees.family ? t('partnerships.evaluation.family') : null,
          e.attendees.youngPerson ? t('partnerships.evaluation.youngPerson') : null,
          e.attendees.others || null,
        ].filter(Boolean);
        return (
          <li key={e.id} className="evaluation">
            <h4>{t('partnerships.evaluation.heldOnTitle', { date: day(e.heldOn) })}</h4>
            <p className="muted">
              {t('partnerships.evaluation.present', {
                names: names.length > 0 ? names.join(', ') : t('partnerships.evaluation.nobody'),
              })}
            </p>
            <ul className="plain-list">
              {e.ratings.map((r) => (
                <li key={r.objectiveId}>
                  <span className={`rating ${r.rating}`}>
                    {t(`partnerships.ratings.${r.rating}`)}
                  </span>{' '}
                  {objectiveText(r.objectiveId)}
                </li>
              ))}
            </ul>
            <p>
              {t('partnerships.evaluation.decided', {
                decision: t(`partnerships.decisions.${e.decision}`),
              })}
            </p>
            {e.notes && <p className="notes">{e.notes}</p>}
          </li>
        );
      })}
    </ol>
  );
}

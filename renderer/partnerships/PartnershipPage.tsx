// One partnership: its project and need, objectives, partners along the translation ladder,
// the five principles, its formalisation, Dhume's construction steps, its evaluations, and
// its end; and its deletion, for a partnership created by mistake. "Edit" opens the same form
// as the creation.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../shared/partnerships/model';
import { useApi } from '../bridge/ApiContext';
import { DeletePartnership } from './DeletePartnership';
import { EndForm } from './EndForm';
import { EvaluationForm } from './EvaluationForm';
import { EvaluationList } from './EvaluationList';
import { PartnershipFacts } from './PartnershipFacts';
import { PartnershipForm } from './PartnershipForm';
import { PartnersLadder } from './PartnersLadder';
import { StepsChecklist } from './StepsChecklist';
import { useLoaded } from './useLoaded';
import './network.css';
import { useDateFormat } from './useDateFormat';

interface PartnershipPageProps {
  id: string;
  onBack: () => void;
  /** After the deletion, with the deleted partnership's title. */
  onDeleted: (title: string) => void;
}

export function PartnershipPage({ id, onBack, onDeleted }: PartnershipPageProps) {
  const { t } = useTranslation();
  const day = useDateFormat();
  const api = useApi();
  const get = useCallback(() => api['partnerships.get']({ id }), [api, id]);
  const loaded = useLoaded(get);
  // Saves answer with the whole partnership: shown at once, without another round trip.
  const [saved, setPartnership] = useState<Partnership | null>(null);
  const partnership =
    saved && saved.updatedAt >= (loaded.value?.updatedAt ?? '') ? saved : loaded.value;
  const missing = loaded.failed;
  const [editing, setEditing] = useState(false);

  const refresh = loaded.reload;
  if (!partnership) {
    return (
      <main className="partnership-page">
        <button type="button" className="button subtle" onClick={onBack}>
          ← {t('partnerships.back')}
        </button>
        <p className="muted">{missing ? t('partnerships.page.notFound') : t('ui.loading')}</p>
      </main>
    );
  }
  const ended = partnership.status === 'ended';
  return (
    <main className="partnership-page">
      <button type="button" className="button subtle" onClick={onBack}>
        ← {t('partnerships.back')}
      </button>
      <header className="partnership-head">
        <h1>{partnership.title}</h1>
        <span className={`status-badge ${partnership.status}`}>
          {t(`partnerships.status.${partnership.status}`)}
        </span>
        <button type="button" className="button small" onClick={() => setEditing((e) => !e)}>
          {editing ? t('partnerships.page.cancelEdit') : t('partnerships.page.edit')}
        </button>
      </header>
      {editing ? (
        <section className="panel">
          <PartnershipForm
            partnership={partnership}
            onSaved={(saved) => {
              setPartnership(saved);
              setEditing(false);
            }}
          />
        </section>
      ) : (
        <PartnershipFacts partnership={partnership} />
      )}
      <div className="partnership-columns">
        <section className="panel" aria-labelledby="partners-title">
          <h2 id="partners-title">{t('partnerships.page.partners')}</h2>
          <PartnersLadder partnership={partnership} onSaved={setPartnership} />
        </section>
        <section className="panel" aria-labelledby="evaluations-title">
          <h2 id="evaluations-title">{t('partnerships.page.evaluations')}</h2>
          {partnership.nextEvaluationOn && (
            <p className="next-evaluation">
              {t('partnerships.page.nextEvaluation', { date: day(partnership.nextEvaluationOn) })}
            </p>
          )}
          {!ended && <EvaluationForm partnership={partnership} onSaved={refresh} />}
          <EvaluationList partnership={partnership} />
        </section>
      </div>
      <section className="panel" aria-labelledby="steps-title">
        <h2 id="steps-title">{t('partnerships.page.steps')}</h2>
        <StepsChecklist
          partnershipId={partnership.id}
          steps={partnership.steps}
          onSaved={refresh}
        />
      </section>
      <section className="panel" aria-labelledby="end-title">
        <h2 id="end-title">{t('partnerships.page.end')}</h2>
        {ended ? (
          <p>
            {t('partnerships.page.endedOn', {
              date: day(partnership.endedOn),
              reason: partnership.endReason,
            })}
          </p>
        ) : (
          <EndForm partnership={partnership} onSaved={refresh} />
        )}
      </section>
      <section className="panel" aria-labelledby="delete-title">
        <h2 id="delete-title">{t('partnerships.delete.title')}</h2>
        <DeletePartnership partnership={partnership} onDeleted={onDeleted} />
      </section>
    </main>
  );
}

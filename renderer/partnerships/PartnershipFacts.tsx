// The partnership at a glance: dates, need, objectives with their indicators, cases, the five
// principles and the formalisation.
import { useTranslation } from 'react-i18next';
import { PRINCIPLES, type Partnership } from '../../shared/partnerships/model';
import { useDateFormat } from './useDateFormat';

export function PartnershipFacts({ partnership: p }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const day = useDateFormat();
  const f = p.formalisation;
  return (
    <div className="partnership-facts">
      <section className="panel" aria-labelledby="facts-need">
        <p className="muted">
          {p.plannedEndOn
            ? t('partnerships.page.dates', { start: day(p.startOn), end: day(p.plannedEndOn) })
            : t('partnerships.page.from', { start: day(p.startOn) })}
        </p>
        <h2 id="facts-need">{t('partnerships.page.need')}</h2>
        <p>{p.need || t('partnerships.page.noNeed')}</p>
        <h2>{t('partnerships.page.objectives')}</h2>
        {p.objectives.length === 0 ? (
          <p className="muted">{t('partnerships.page.noObjective')}</p>
        ) : (
          <ol className="objectives">
            {p.objectives.map((o) => (
              <li key={o.id}>
                {o.text}
                <span className="muted">
                  {' '}
                  — {t('partnerships.page.indicator', { indicator: o.indicator })}
                </span>
              </li>
            ))}
          </ol>
        )}
        <h2>{t('partnerships.page.cases')}</h2>
        <p>
          {p.cases.length === 0
            ? t('partnerships.page.noCases')
            : p.cases.map((c) => c.pseudonym).join(', ')}
        </p>
      </section>
      <section className="panel" aria-labelledby="facts-principles">
        <h2 id="facts-principles">{t('partnerships.page.principles')}</h2>
        <ul className="principles">
          {PRINCIPLES.map((key) => (
            <li key={key} className={p.principles[key].checked ? 'checked' : ''}>
              <span aria-hidden="true">{p.principles[key].checked ? '☑' : '☐'}</span>{' '}
              <strong>{t(`partnerships.principles.${key}`)}</strong>
              {p.principles[key].comment && (
                <span className="muted"> — {p.principles[key].comment}</span>
              )}
            </li>
          ))}
        </ul>
        <h2>{t('partnerships.form.formalisation')}</h2>
        <p>
          {f.kind === 'none'
            ? t('partnerships.page.notFormalised')
            : t('partnerships.page.formalised', {
                kind: t(`partnerships.formalisations.${f.kind}`),
                date: day(f.signedOn),
                reference: f.reference || '—',
              })}
        </p>
        {f.kind !== 'none' && f.documentPath && (
          <p className="muted">{t('partnerships.page.document', { path: f.documentPath })}</p>
        )}
      </section>
    </div>
  );
}

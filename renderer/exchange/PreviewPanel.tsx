// What an import will do, before anything is written: the new case, how many actors and ties in
// which networks, snapshots and notes, and what the file holds that is dropped or filled in.
import { useTranslation } from 'react-i18next';
import { SPHERES } from '../../shared/model';
import type { ImportPreview } from '../../shared/exchange/preview';

export function PreviewPanel({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const spheres = SPHERES.filter((s) => preview.bySphere[s] > 0);
  return (
    <section className="exchange-preview" aria-label={t('exchange.preview.title')}>
      <h3>{t('exchange.preview.title')}</h3>
      <p className="muted">
        {t(`exchange.formats.${preview.format}`)} · {t(`exchange.preview.source.${preview.source}`)}
      </p>
      {preview.fromVersion !== null && preview.fromVersion < 2 && (
        <p>{t('exchange.preview.migrated', { version: preview.fromVersion })}</p>
      )}
      <p className="exchange-preview-case">
        {t('exchange.preview.pseudonym', { name: preview.pseudonym })}
      </p>
      <ul className="exchange-counts">
        <li>{t('exchange.preview.actors', { count: preview.actors })}</li>
        <li>{t('exchange.preview.ties', { count: preview.ties })}</li>
        {spheres.map((sphere) => (
          <li key={sphere}>
            {t('exchange.preview.sphere', {
              sphere: t(`enums.sphere.${sphere}`),
              count: preview.bySphere[sphere],
            })}
          </li>
        ))}
        {preview.hasWishedMap && <li>{t('exchange.preview.wished')}</li>}
        {preview.snapshots > 0 && (
          <li>{t('exchange.preview.snapshots', { count: preview.snapshots })}</li>
        )}
        {preview.notes > 0 && <li>{t('exchange.preview.notes', { count: preview.notes })}</li>}
      </ul>
      {preview.pseudonymised && <p>{t('exchange.preview.pseudonymised')}</p>}
      {preview.sameNameExists && (
        <p className="exchange-warning">{t('exchange.preview.sameName')}</p>
      )}
      <h4>{t('exchange.preview.dropped')}</h4>
      {preview.dropped.length === 0 ? (
        <p className="muted">{t('exchange.preview.nothingDropped')}</p>
      ) : (
        <ul className="exchange-report">
          {preview.dropped.map((item) => (
            <li key={`${item.kind}|${item.name}`}>
              {t(`exchange.preview.droppedKind.${item.kind}`, {
                name: item.name,
                count: item.count,
              })}
            </li>
          ))}
        </ul>
      )}
      {preview.guessed.length > 0 && (
        <>
          <h4>{t('exchange.preview.guessed')}</h4>
          <ul className="exchange-report">
            {preview.guessed.map((item) => (
              <li key={`${item.field}|${item.value}`}>
                {t(`exchange.preview.guessedField.${item.field}`, {
                  value: item.value,
                  count: item.count,
                  example: item.example ?? '—',
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

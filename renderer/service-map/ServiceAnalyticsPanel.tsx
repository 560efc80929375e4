// The analytics of the ecomaps applied to the service's network: the merged network of all the
// cases, who bridges it, who spans structural holes, and which domains are missing. Computed
// on the page (shared/partnerships/analytics.ts): exact for a service's few thousand actors,
// sampled beyond; the analysis worker of the ecomap takes one map, not this merged network.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { serviceAnalytics } from '../../shared/partnerships/analytics';
import type { ServiceNetwork } from '../../shared/partnerships/network';

export function ServiceAnalyticsPanel({ network }: { network: ServiceNetwork }) {
  const { t } = useTranslation();
  const result = useMemo(() => serviceAnalytics(network), [network]);
  const figure = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : '—');
  const type = (key: 'case' | 'entry' | 'actor') => t(`partnerships.serviceMap.types.${key}`);
  return (
    <section className="panel analytics-panel" aria-labelledby="service-analytics-title">
      <h2 id="service-analytics-title">{t('partnerships.serviceMap.analytics')}</h2>
      <p className="muted">
        {t('partnerships.serviceMap.mergedNetwork', {
          nodes: result.nodeCount,
          edges: result.edgeCount,
          cases: result.caseCount,
        })}
      </p>
      <h3>{t('partnerships.serviceMap.brokers')}</h3>
      {result.brokers.length === 0 ? (
        <p className="muted">{t('partnerships.serviceMap.noBroker')}</p>
      ) : (
        <ol className="ranked" aria-label={t('partnerships.serviceMap.brokers')}>
          {result.brokers.map((b) => (
            <li key={b.id}>
              {b.label}{' '}
              <span className="muted">
                ({type(b.type)}) {figure(b.value)}
              </span>
            </li>
          ))}
        </ol>
      )}
      <h3>{t('partnerships.serviceMap.holes')}</h3>
      {result.holeSpanners.length === 0 ? (
        <p className="muted">{t('partnerships.serviceMap.noHole')}</p>
      ) : (
        <ol className="ranked">
          {result.holeSpanners.map((h) => (
            <li key={h.id}>
              {h.label}{' '}
              <span className="muted">
                {t('partnerships.serviceMap.holeFacts', {
                  size: figure(h.value),
                  constraint: figure(h.constraint),
                })}
              </span>
            </li>
          ))}
        </ol>
      )}
      <h3>{t('partnerships.serviceMap.missing')}</h3>
      <p>
        {result.domainsMissing.length === 0
          ? t('partnerships.serviceMap.noMissing')
          : result.domainsMissing.map((d) => t(`enums.domain.${d}`)).join(', ')}
      </p>
      {result.domainsWithoutPartnership.length > 0 && (
        <>
          <h3>{t('partnerships.serviceMap.withoutPartnership')}</h3>
          <p>{result.domainsWithoutPartnership.map((d) => t(`enums.domain.${d}`)).join(', ')}</p>
        </>
      )}
      <p className="muted small">
        {result.sampled
          ? t('partnerships.serviceMap.sampled')
          : t('partnerships.serviceMap.synchronous')}
      </p>
    </section>
  );
}

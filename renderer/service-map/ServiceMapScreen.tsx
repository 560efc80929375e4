// The service's own map, next to the young people's: the service at the centre, its address
// book around it by domain, partnership ties apart from network ties; filters, the list of the
// organisations shown (keyboard access), and the analytics of the service's network.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceNetwork } from '../../shared/partnerships/network';
import { useApi } from '../bridge/ApiContext';
import { useNotices } from '../errors/Notices';
import { ServiceAnalyticsPanel } from './ServiceAnalyticsPanel';
import { serviceElements, NO_FILTERS, type ServiceFilters } from './serviceElements';
import { ServiceFiltersBar } from './ServiceFiltersBar';
import { ServiceLegend } from './ServiceLegend';
import { ServiceMapCanvas } from './ServiceMapCanvas';
import '../partnerships/network.css';

export function ServiceMapScreen() {
  const { t } = useTranslation();
  const api = useApi();
  const { report } = useNotices();
  const [network, setNetwork] = useState<ServiceNetwork | null>(null);
  const [filters, setFilters] = useState<ServiceFilters>(NO_FILTERS);
  const [selected, setSelected] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    api['network.service']({}).then(
      (found) => current && setNetwork(found),
      (error: unknown) => current && report(error),
    );
    return () => {
      current = false;
    };
  }, [api, report]);

  const view = useMemo(
    () =>
      network &&
      serviceElements(network, filters, t('partnerships.serviceMap.service'), (d) =>
        t(`enums.domain.${d}`),
      ),
    [network, filters, t],
  );

  return (
    <main className="service-map-screen">
      <div className="service-map-main">
        <header className="screen-head">
          <h1>{t('partnerships.serviceMap.title')}</h1>
          <p className="muted">{t('partnerships.serviceMap.intro')}</p>
        </header>
        {network && <ServiceFiltersBar network={network} filters={filters} onChange={setFilters} />}
        <div className="service-map-stage">
          {view && (
            <ServiceMapCanvas
              elements={view.elements}
              label={t('partnerships.serviceMap.canvasLabel', { count: view.entries.length })}
              selectedId={selected}
              onSelect={setSelected}
            />
          )}
        </div>
        <ServiceLegend />
      </div>
      <aside className="service-map-side">
        {view && (
          <section className="panel" aria-labelledby="service-list-title">
            <h2 id="service-list-title">{t('partnerships.serviceMap.list')}</h2>
            <ul className="plain-list service-entries">
              {view.entries.map((e) => (
                <li key={e.id} aria-current={e.id === selected ? 'true' : undefined}>
                  <button type="button" className="link" onClick={() => setSelected(e.id)}>
                    {e.name}
                  </button>
                  <span className="muted">
                    {' '}
                    {t('partnerships.serviceMap.entryFacts', {
                      domain: t(`enums.domain.${e.domain}`),
                      cases: t('directory.cases', { count: e.caseCount }),
                      partnerships: t('directory.partnerships', { count: e.partnershipCount }),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {network && <ServiceAnalyticsPanel network={network} />}
      </aside>
    </main>
  );
}

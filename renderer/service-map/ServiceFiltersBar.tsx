// The service map's filters: by domain, by partnership, by partnership status, and "only the
// organisations in use".
import { useTranslation } from 'react-i18next';
import { DOMAINS } from '../../shared/model';
import { PARTNERSHIP_STATUSES } from '../../shared/partnerships/model';
import type { ServiceNetwork } from '../../shared/partnerships/network';
import { SelectBox } from '../partnerships/Field';
import type { ServiceFilters } from './serviceElements';

interface ServiceFiltersBarProps {
  network: ServiceNetwork;
  filters: ServiceFilters;
  onChange: (filters: ServiceFilters) => void;
}

export function ServiceFiltersBar({ network, filters, onChange }: ServiceFiltersBarProps) {
  const { t } = useTranslation();
  const set = (change: Partial<ServiceFilters>) => onChange({ ...filters, ...change });
  return (
    <fieldset className="filters service-filters">
      <legend>{t('partnerships.serviceMap.filters')}</legend>
      <SelectBox
        compact
        label={t('partnerships.serviceMap.domain')}
        value={filters.domain}
        onChange={(domain) => set({ domain: domain as ServiceFilters['domain'] })}
      >
        <option value="">{t('directory.allDomains')}</option>
        {DOMAINS.map((d) => (
          <option key={d} value={d}>
            {t(`enums.domain.${d}`)}
          </option>
        ))}
      </SelectBox>
      <SelectBox
        compact
        label={t('partnerships.serviceMap.partnership')}
        value={filters.partnershipId}
        onChange={(partnershipId) => set({ partnershipId })}
      >
        <option value="">{t('partnerships.serviceMap.allPartnerships')}</option>
        {network.partnerships.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </SelectBox>
      <SelectBox
        compact
        label={t('partnerships.serviceMap.status')}
        value={filters.status}
        onChange={(status) => set({ status: status as ServiceFilters['status'] })}
      >
        <option value="">{t('partnerships.serviceMap.allStatuses')}</option>
        {PARTNERSHIP_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`partnerships.status.${s}`)}
          </option>
        ))}
      </SelectBox>
      <label className="choice">
        <input
          type="checkbox"
          checked={filters.onlyLinked}
          onChange={(e) => set({ onlyLinked: e.target.checked })}
        />
        <span>{t('partnerships.serviceMap.onlyLinked')}</span>
      </label>
    </fieldset>
  );
}

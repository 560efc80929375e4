// The service's address book: quick search and a domain filter over the entries, each with the
// number of cases and partnerships it serves; beside it, the selected entry's form and use.
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DOMAINS } from '../../shared/model';

type Domain = (typeof DOMAINS)[number];
import { matchesQuery } from '../../shared/partnerships/names';
import { useApi } from '../bridge/ApiContext';
import { Field, SelectBox } from '../partnerships/Field';
import { useLoaded } from '../partnerships/useLoaded';
import { EntryForm } from './EntryForm';
import { EntryList } from './EntryList';
import { EntryUsage } from './EntryUsage';
import { useEntryOptions } from './options';
import '../partnerships/network.css';

interface DirectoryScreenProps {
  onOpenPartnership: (id: string) => void;
}

export function DirectoryScreen({ onOpenPartnership }: DirectoryScreenProps) {
  const { t } = useTranslation();
  const api = useApi();
  const options = useEntryOptions();
  const list = useCallback(() => api['directory.list']({}), [api]);
  const { value: entries, failed, reload } = useLoaded(list);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [domain, setDomain] = useState<Domain | ''>('');

  const shown = useMemo(
    () =>
      (entries ?? []).filter(
        (e) =>
          (domain === '' || e.domain === domain) &&
          (query.trim() === '' ||
            matchesQuery(e.name, query) ||
            matchesQuery(e.address, query) ||
            e.contacts.some((c) => matchesQuery(c.name, query))),
      ),
    [entries, query, domain],
  );
  const selected = entries?.find((e) => e.id === selectedId) ?? null;

  return (
    <main className="network-screen">
      <section className="panel" aria-labelledby="directory-title">
        <div className="screen-head">
          <h1 id="directory-title">{t('directory.title')}</h1>
          <span className="count-badge">
            {t('directory.count', { count: entries?.length ?? 0 })}
          </span>
        </div>
        <p className="muted">{t('directory.intro')}</p>
        <div className="filters">
          <Field
            name="search"
            type="search"
            label={t('directory.search')}
            hint={t('directory.searchHint')}
            value={query}
            onChange={setQuery}
          />
          <SelectBox
            label={t('directory.domainFilter')}
            value={domain}
            onChange={(value) => setDomain(value as Domain | '')}
          >
            <option value="">{t('directory.allDomains')}</option>
            {options.domains.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </SelectBox>
        </div>
        <button type="button" className="button primary" onClick={() => setSelectedId(null)}>
          {t('directory.create')}
        </button>
        {(entries && entries.length === 0) || failed ? (
          <p className="empty-state">{t('directory.empty')}</p>
        ) : shown.length === 0 && entries ? (
          <p className="empty-state">{t('directory.noMatch')}</p>
        ) : (
          <EntryList entries={shown} selectedId={selectedId} onSelect={setSelectedId} />
        )}
      </section>
      <section className="panel" aria-label={selected ? selected.name : t('directory.newTitle')}>
        <h2>
          {selected ? t('directory.editTitle', { name: selected.name }) : t('directory.newTitle')}
        </h2>
        <EntryForm
          key={selected?.id ?? 'new'}
          entry={selected}
          onSaved={(saved) => {
            reload();
            if (selected) setSelectedId(saved.id);
          }}
        />
        {selected && (
          <EntryUsage
            entry={selected}
            onOpenPartnership={onOpenPartnership}
            onDeleted={() => {
              setSelectedId(null);
              reload();
            }}
          />
        )}
      </section>
    </main>
  );
}

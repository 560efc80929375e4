// The first screen: the evaluations coming due (the soonest first, late ones flagged), and the
// ways into the cases, the address book, the partnerships and the service's map.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DueEvaluation } from '../../shared/partnerships/model';
import { useApi } from '../bridge/ApiContext';
import { useNotices } from '../errors/Notices';
import { DueList } from './DueList';
import type { NetworkRoute } from './routes';
import '../partnerships/network.css';

interface Counts {
  cases: number;
  entries: number;
  openPartnerships: number;
}

interface HomeScreenProps {
  onGo: (route: NetworkRoute) => void;
  onCases: () => void;
}

export function HomeScreen({ onGo, onCases }: HomeScreenProps) {
  const { t } = useTranslation();
  const api = useApi();
  const { report } = useNotices();
  const [due, setDue] = useState<DueEvaluation[] | null>(null);
  const [counts, setCounts] = useState<Counts | null>(null);

  useEffect(() => {
    let current = true;
    Promise.all([
      api['evaluations.due']({}),
      api['cases.list']({}),
      api['directory.list']({}),
      api['partnerships.list']({}),
    ]).then(
      ([dueList, cases, entries, partnerships]) => {
        if (!current) return;
        setDue(dueList);
        setCounts({
          cases: cases.length,
          entries: entries.length,
          openPartnerships: partnerships.filter((p) => p.status !== 'ended').length,
        });
      },
      (error: unknown) => {
        if (!current) return;
        report(error);
        setDue([]);
      },
    );
    return () => {
      current = false;
    };
  }, [api, report]);

  const cards = [
    { key: 'cases', go: onCases, count: counts && t('home.cards.count', { count: counts.cases }) },
    {
      key: 'directory',
      go: () => onGo({ view: 'directory' }),
      count: counts && t('home.cards.count', { count: counts.entries }),
    },
    {
      key: 'partnerships',
      go: () => onGo({ view: 'partnerships' }),
      count: counts && t('home.cards.open', { count: counts.openPartnerships }),
    },
    { key: 'serviceMap', go: () => onGo({ view: 'serviceMap' }), count: null },
  ] as const;

  return (
    <main className="home-screen">
      <section className="panel due-panel" aria-labelledby="due-title">
        <h1 className="visually-hidden">{t('home.title')}</h1>
        <h2 id="due-title">{t('home.due.title')}</h2>
        {due && <DueList due={due} onOpen={(id) => onGo({ view: 'partnership', id })} />}
      </section>
      <nav className="home-cards" aria-label={t('home.title')}>
        {cards.map((card) => (
          <button key={card.key} type="button" className="home-card" onClick={card.go}>
            <span className="home-card-title">{t(`home.nav.${card.key}`)}</span>
            <span className="muted">{t(`home.cards.${card.key}`)}</span>
            {card.count && <span className="count-badge">{card.count}</span>}
          </button>
        ))}
      </nav>
    </main>
  );
}
